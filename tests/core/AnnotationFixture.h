#pragma once

#include "ProjectSnapshot.h"
#include "TestSupport.h"
#include "io/ItemImporter.h"
#include "workflow/Workflow.h"

#include <map>

namespace assay::test {

/// A project with a single-choice, a multi-choice and two span fields, five items (one with
/// a character outside the BMP) and three annotators.
class AnnotationFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = createProject(dir);
        ASSERT_TRUE(project);
        category = addField("类别", core::FieldKind::SingleChoice, false,
                            {{"投诉", "态度"},
                             {"投诉", "延误"},
                             {"投诉", "其他"},
                             {"咨询", "其他"},
                             {"表扬"},
                             {"旧类"}});
        tags =
            addField("标签", core::FieldKind::MultiChoice, false, {{"紧急"}, {"重复"}, {"夜间"}});
        entities = addField("实体", core::FieldKind::Spans, false, {{"PER"}, {"LOC"}});
        nested = addField("嵌套", core::FieldKind::Spans, true, {{"PER"}, {"ORG"}});
        auto tree = project->schema().taxonomy(category.id);
        ASSERT_TRUE(tree.ok());
        core::Label old = *(*tree)->byPath("旧类");
        old.deprecated = true;
        ASSERT_TRUE(project->schema().updateLabel(old).ok());

        core::ImportOptions options;
        options.path = dir.write("items.jsonl",
                                 "{\"id\": \"t1\", \"text\": \"张三在北京工作\"}\n"
                                 "{\"id\": \"t2\", \"text\": \"李四说\xF0\xA0\x80\x80字很难认\"}\n"
                                 "{\"id\": \"t3\", \"text\": \"快递三天没到\"}\n"
                                 "{\"id\": \"t4\", \"text\": \"服务态度很好\"}\n"
                                 "{\"id\": \"t5\", \"text\": \"路灯不亮\"}\n");
        const auto report = core::ItemImporter(*project).run(options);
        ASSERT_TRUE(report.ok) << report.failure.toString();
        auto page = project->items().page(0, 10);
        ASSERT_TRUE(page.ok());
        for (const core::Item &item : *page)
            items.push_back(item.id);
        for (const char *name : {"alice", "bob", "carol"}) {
            auto user = project->users().add(name, {core::Role::Annotator});
            ASSERT_TRUE(user.ok()) << user.error().toString();
            users.push_back(user->id);
        }
    }

    core::Field addField(const std::string &name, core::FieldKind kind, bool allowOverlap,
                         const std::vector<std::vector<std::string>> &paths)
    {
        core::Field field;
        field.name = name;
        field.kind = kind;
        field.allowOverlap = allowOverlap;
        auto added = project->schema().addField(field);
        EXPECT_TRUE(added.ok());
        std::vector<core::LabelSpec> specs;
        for (const auto &path : paths) {
            core::LabelSpec spec;
            spec.path = path;
            specs.push_back(spec);
        }
        EXPECT_TRUE(project->schema().addLabels(added->id, specs).ok());
        return *added;
    }

    /// The id of the label at `path` in `field`.
    std::int64_t label(const core::Field &field, const std::string &path)
    {
        auto tree = project->schema().taxonomy(field.id);
        EXPECT_TRUE(tree.ok());
        const core::Label *found = (*tree)->byPath(path);
        EXPECT_TRUE(found) << path;
        return found ? found->id : -1;
    }

    static core::AnnotationValue choices(std::vector<std::int64_t> labelIds,
                                         std::vector<double> scores = {})
    {
        core::AnnotationValue value;
        for (std::size_t i = 0; i < labelIds.size(); ++i)
            value.choices.push_back(
                {labelIds[i], i < scores.size() ? std::optional<double>(scores[i]) : std::nullopt});
        return value;
    }

    static core::AnnotationValue spans(std::vector<core::Span> list)
    {
        core::AnnotationValue value;
        value.spans = std::move(list);
        return value;
    }

    core::NewAnnotation byUser(std::size_t user, std::size_t item, const core::Field &field,
                               core::AnnotationValue value)
    {
        return {items.at(item),   field.id,     core::Author::user(users.at(user)),
                std::move(value), std::nullopt, std::nullopt};
    }

    /// Registers the next version of a model for `field` and returns its id.
    std::int64_t addModel(const core::Field &field)
    {
        auto insert = project->database().prepare(
            "INSERT INTO models (field_id, version, kind, created_at) "
            "SELECT ?1, coalesce(max(version), 0) + 1, 'test', 0 FROM models WHERE field_id = ?1");
        EXPECT_TRUE(insert.ok());
        insert->bind(1, field.id);
        EXPECT_TRUE(insert->run().ok());
        return project->database().lastInsertId();
    }

    /// Item states counted from the items themselves, by state.
    core::StateCounts recount() { return snapshot(*project).actualCounts; }

    TempDir dir;
    std::unique_ptr<core::Project> project;
    core::Field category, tags, entities, nested;
    std::vector<std::int64_t> items;
    std::vector<std::int64_t> users;
};

} // namespace assay::test
