#include "io/AnnotationImporter.h"

#include "AnnotationFixture.h"

#include <nlohmann/json.hpp>

using namespace assay;
using namespace assay::core;

namespace {

using Lines = std::vector<std::int64_t>;

class AnnotationImport : public test::AnnotationFixture
{
protected:
    ImportReport run(const std::string &content, AnnotationImportOptions options)
    {
        options.path = dir.write("labels.jsonl", content);
        if (options.field.empty())
            options.field = "类别";
        return AnnotationImporter(*project).run(options);
    }

    static AnnotationImportOptions asUser(const std::string &name = "alice")
    {
        AnnotationImportOptions options;
        options.userName = name;
        return options;
    }

    static AnnotationImportOptions asModel(const std::string &name)
    {
        AnnotationImportOptions options;
        options.modelName = name;
        return options;
    }

    static Lines lines(const ImportReport &report)
    {
        Lines all;
        for (const Error &error : report.rowErrors)
            all.push_back(error.line);
        return all;
    }

    std::optional<Annotation> currentOf(std::size_t item, const Field &field, const Author &author)
    {
        auto found = project->annotations().current(items.at(item), field.id, author);
        EXPECT_TRUE(found.ok());
        return found.ok() ? *found : std::nullopt;
    }
};

} // namespace

TEST_F(AnnotationImport, LabelsByPathUniqueNameAndAlias)
{
    const auto report = run("{\"id\": \"t1\", \"label\": \"投诉/态度\"}\n"
                            "{\"id\": \"t2\", \"label\": \"表扬\"}\n"
                            "\n"
                            "{\"id\": \"t3\", \"label\": [\"延误\"]}\n",
                            asUser());
    ASSERT_TRUE(report.ok) << report.failure.toString();
    EXPECT_EQ(report.imported, 3);
    const Author alice = Author::user(users[0]);
    EXPECT_EQ(currentOf(0, category, alice)->value, choices({label(category, "投诉/态度")}));
    EXPECT_EQ(currentOf(1, category, alice)->value, choices({label(category, "表扬")}));
    EXPECT_EQ(currentOf(2, category, alice)->value, choices({label(category, "投诉/延误")}));
    EXPECT_FALSE(currentOf(3, category, alice));
    EXPECT_EQ(project->items().get(items[0])->state, ItemState::Accepted)
        << "a person's labels move items on by the policy";
    EXPECT_EQ(project->items().get(items[3])->state, ItemState::New);
    EXPECT_EQ(*project->items().stateCounts(), recount());

    auto entries = project->audit().entries();
    ASSAY_ASSERT_OK(entries);
    EXPECT_EQ(entries->back().action, "annotate.import");
    EXPECT_EQ(entries->back().subject, "field:类别");
    EXPECT_EQ(nlohmann::json::parse(entries->back().detail)["annotations"], 3);
}

TEST_F(AnnotationImport, AnAmbiguousNameIsARowErrorListingPaths)
{
    const std::string content = "{\"id\": \"t1\", \"label\": \"表扬\"}\n"
                                "{\"id\": \"t2\", \"label\": \"其他\"}\n";
    const auto before = test::snapshot(*project);
    const auto report = run(content, asUser());
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(lines(report), (Lines{2}));
    const Error &error = report.rowErrors[0];
    EXPECT_EQ(std::filesystem::path(error.file).filename(), "labels.jsonl");
    EXPECT_NE(error.message.find("ambiguous"), std::string::npos) << error.message;
    EXPECT_NE(error.message.find("'咨询/其他'"), std::string::npos) << error.message;
    EXPECT_NE(error.message.find("'投诉/其他'"), std::string::npos) << error.message;
    EXPECT_NE(report.failure.message.find("1 line was rejected"), std::string::npos)
        << report.failure.message;
    EXPECT_EQ(test::snapshot(*project), before) << "all-or-nothing";

    auto options = asUser();
    options.skipBad = true;
    const auto skipped = run(content, options);
    ASSERT_TRUE(skipped.ok) << skipped.failure.toString();
    EXPECT_EQ(skipped.imported, 1);
    EXPECT_EQ(skipped.rejected, 1);
    EXPECT_TRUE(currentOf(0, category, Author::user(users[0])));
    EXPECT_FALSE(currentOf(1, category, Author::user(users[0])));
}

TEST_F(AnnotationImport, UnknownAndRepeatedItemIdsAreRefused)
{
    core::ImportOptions more;
    more.path = dir.write("more.jsonl", "{\"id\": \"t1\", \"text\": \"同一个编号的另一条\"}\n");
    ASSERT_TRUE(ItemImporter(*project).run(more).ok);
    const auto before = test::snapshot(*project);
    const auto report = run("{\"id\": \"t9\", \"label\": \"表扬\"}\n"
                            "{\"id\": \"t1\", \"label\": \"表扬\"}\n"
                            "{\"label\": \"表扬\"}\n"
                            "{\"id\": \"t2\"}\n"
                            "{\"id\": \"t3\", \"label\": \"表扬\", \"scores\": [0.5, 0.5]}\n"
                            "{\"id\": \"t4\", \"label\": \"旧类\"}\n"
                            "{\"id\": \"t5\", \"label\": 7}\n"
                            "{\"id\": \"t5\", \"label\": \"表扬\",}\n",
                            asUser());
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(lines(report), (Lines{1, 2, 3, 4, 5, 6, 7, 8}));
    const std::vector<std::string> expected = {
        "no item with id 't9' in the project",
        "id 't1' names 2 items; labels cannot be matched to one of them",
        "no item id 'id'",
        "no 'label' member",
        "'scores' must be a list as long as the labels",
        "'旧类' is deprecated",
        "a label must be given as a string",
        "invalid JSON",
    };
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_NE(report.rowErrors[i].message.find(expected[i]), std::string::npos)
            << report.rowErrors[i].toString();
    EXPECT_GT(report.rowErrors[7].column, 1);
    EXPECT_EQ(test::snapshot(*project), before);
}

TEST_F(AnnotationImport, ModelPredictionsWithScoresMarkItemsSuggested)
{
    const std::string content =
        "{\"id\": \"t1\", \"label\": [\"投诉/态度\", \"表扬\"], \"scores\": [0.7, 0.3]}\n"
        "{\"id\": \"t2\", \"label\": \"咨询/其他\", \"scores\": [0.55]}\n";
    const auto report = run(content, asModel("fasttext"));
    ASSERT_TRUE(report.ok) << report.failure.toString();
    EXPECT_EQ(report.imported, 2);
    auto models = project->database().prepare("SELECT id, kind, version, params FROM models");
    ASSAY_ASSERT_OK(models);
    ASSERT_TRUE(*models->step());
    const Author model = Author::model(models->columnInt(0));
    EXPECT_EQ(models->columnText(1), "fasttext");
    EXPECT_EQ(models->columnInt(2), 1);
    EXPECT_NE(models->columnText(3).find("labels.jsonl"), std::string::npos);

    const auto first = currentOf(0, category, model);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->value,
              choices({label(category, "投诉/态度"), label(category, "表扬")}, {0.7, 0.3}));
    EXPECT_EQ(project->items().get(items[0])->state, ItemState::Suggested);
    EXPECT_EQ(project->items().get(items[1])->state, ItemState::Suggested);
    EXPECT_EQ(project->items().get(items[2])->state, ItemState::New);
    EXPECT_EQ(*project->items().stateCounts(), recount());

    const auto again = run(content, asModel("fasttext"));
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(*project->database().queryInt("SELECT max(version) FROM models"), 2)
        << "each load registers the next model version";
    EXPECT_EQ(*project->database().queryInt(
                  "SELECT count(*) FROM annotations WHERE model_id IS NOT NULL"),
              4);
}

TEST_F(AnnotationImport, SpansInCodePointsForASpanField)
{
    // "李四说𠀀字很难认": 李四 is [0, 2); 𠀀字 is [3, 5) in code points.
    auto options = asUser("bob");
    options.field = "实体";
    const auto report = run("{\"id\": \"t2\", \"spans\": [[0, 2, \"PER\"], "
                            "{\"start\": 3, \"end\": 5, \"label\": \"LOC\"}]}\n",
                            options);
    ASSERT_TRUE(report.ok) << report.failure.toString();
    const auto stored = currentOf(1, entities, Author::user(users[1]));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->value,
              spans({{0, 2, label(entities, "PER")}, {3, 5, label(entities, "LOC")}}));

    const auto outside = run("{\"id\": \"t2\", \"spans\": [[6, 9, \"PER\"]]}\n", options);
    ASSERT_FALSE(outside.ok);
    EXPECT_NE(outside.rowErrors.at(0).message.find("outside the text (length 8"), std::string::npos)
        << outside.rowErrors.at(0).message;
}

TEST_F(AnnotationImport, RefusesMissingAuthorsAndUnclearFields)
{
    const std::string content = "{\"id\": \"t1\", \"label\": \"表扬\"}\n";
    const auto before = test::snapshot(*project);
    const auto nobody = run(content, asUser("mallory"));
    ASSERT_FALSE(nobody.ok);
    EXPECT_EQ(nobody.failure.code, ErrorCode::NotFound);
    EXPECT_NE(nobody.failure.message.find("no user 'mallory'"), std::string::npos);

    auto both = asUser();
    both.modelName = "m";
    EXPECT_EQ(run(content, both).failure.code, ErrorCode::InvalidArgument);

    AnnotationImportOptions noField = asUser();
    noField.path = dir.write("labels.jsonl", content);
    const auto unclear = AnnotationImporter(*project).run(noField);
    ASSERT_FALSE(unclear.ok);
    EXPECT_NE(unclear.failure.message.find("several fields; choose one"), std::string::npos);
    EXPECT_EQ(test::snapshot(*project), before);
}
