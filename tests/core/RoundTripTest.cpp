#include "ProjectSnapshot.h"
#include "TestSupport.h"
#include "export/JsonlExporter.h"
#include "io/AnnotationImporter.h"
#include "io/ItemImporter.h"
#include "io/NativeImporter.h"
#include "schema/SchemaJson.h"
#include "workflow/Workflow.h"

#include <nlohmann/json.hpp>
#include <sstream>

using namespace assay;
using namespace assay::core;

namespace {

LabelSpec spec(std::vector<std::string> path)
{
    LabelSpec s;
    s.path = std::move(path);
    return s;
}

void load(Project &project, const test::TempDir &dir, const std::string &content,
          AnnotationImportOptions options)
{
    options.path = dir.write("labels.jsonl", content);
    const auto report = AnnotationImporter(project).run(options);
    ASSERT_TRUE(report.ok) << report.failure.toString();
}

// A project with every kind of content the native format carries.
void buildProject(Project &project, const test::TempDir &dir)
{
    Field category;
    category.name = "类别";
    auto single = project.schema().addField(category);
    ASSERT_TRUE(single.ok());
    ASSERT_TRUE(project.schema()
                    .addLabels(single->id, {spec({"投诉", "态度"}), spec({"投诉", "其他"}),
                                            spec({"咨询", "其他"}), spec({"表扬"})})
                    .ok());
    Field entities;
    entities.name = "实体";
    entities.kind = FieldKind::Spans;
    auto spans = project.schema().addField(entities);
    ASSERT_TRUE(spans.ok());
    ASSERT_TRUE(project.schema().addLabels(spans->id, {spec({"PER"}), spec({"LOC"})}).ok());

    ImportOptions items;
    items.path = dir.write(
        "items.jsonl",
        "{\"id\": \"m1\", \"text\": \"张三在北京投诉服务态度\", \"meta\": {\"渠道\": \"电话\"}}\n"
        "{\"id\": 2, \"text\": \"\xF0\xA0\x80\x80字路口的路灯坏了\", \"score\": 1.50, \"e\": "
        "\"\\u00e9\"}\n"
        "{\"text\": \"没有编号的留言\", \"big\": 1e5, \"nested\": {\"a\": [true, null]}}\n"
        "{\"id\": \"m4\", \"text\": \"表扬李四\"}\n");
    const auto imported = ItemImporter(project).run(items);
    ASSERT_TRUE(imported.ok) << imported.failure.toString();
    ASSERT_TRUE(project.users().add("alice", {Role::Annotator}).ok());
    ASSERT_TRUE(project.users().add("bob", {Role::Annotator, Role::Expert}).ok());

    AnnotationImportOptions alice;
    alice.userName = "alice";
    alice.field = "类别";
    load(project, dir,
         "{\"id\": \"m1\", \"label\": \"投诉/其他\"}\n{\"id\": \"2\", \"label\": \"咨询/其他\"}\n",
         alice);
    load(project, dir, "{\"id\": \"m1\", \"label\": \"态度\"}\n", alice); // version 2
    AnnotationImportOptions model;
    model.modelName = "fasttext";
    model.field = "类别";
    load(project, dir,
         "{\"id\": \"m1\", \"label\": [\"投诉/态度\", \"表扬\"], \"scores\": [0.875, 0.125]}\n"
         "{\"id\": \"m4\", \"label\": \"表扬\", \"scores\": [0.5]}\n",
         model);
    AnnotationImportOptions aliceSpans;
    aliceSpans.userName = "alice";
    aliceSpans.field = "实体";
    // Code points: 𠀀 is one character, so 字路口 is [1, 4).
    load(project, dir,
         "{\"id\": \"2\", \"spans\": [[1, 4, \"LOC\"]]}\n"
         "{\"id\": \"m1\", \"spans\": [[0, 2, \"PER\"], [3, 5, \"LOC\"]]}\n",
         aliceSpans);

    const auto bob = project.users().byName("bob");
    ASSERT_TRUE(bob.ok());
    const std::int64_t praise = (*project.schema().taxonomy(single->id))->byPath("表扬")->id;
    auto submitted =
        Workflow(project).submit(bob->id, 4, {{single->id, {{{praise, std::nullopt}}, {}}}}, 2345);
    ASSERT_TRUE(submitted.ok()) << submitted.error().toString();

    auto gold = project.database().prepare(
        "INSERT INTO gold (item_id, field_id, value, method, decided_by, decided_at, reason) "
        "VALUES (1, ?, ?, 'adjudicated', ?, 1700000000123, '态度问题，不是延误')");
    ASSERT_TRUE(gold.ok());
    const std::int64_t attitude = (*project.schema().taxonomy(single->id))->byPath("投诉/态度")->id;
    const std::string value = "{\"labels\":[" + std::to_string(attitude) + "]}";
    gold->bind(1, single->id).bind(2, value).bind(3, bob->id);
    ASSERT_TRUE(gold->run().ok());
    ASSERT_TRUE(project.items().setState(1, ItemState::Gold).ok());
}

} // namespace

TEST(RoundTrip, ExportImportExportIsByteIdentical)
{
    test::TempDir dir;
    auto first = test::createProject(dir, "first.assay");
    ASSERT_TRUE(first);
    buildProject(*first, dir);
    if (HasFatalFailure())
        return;

    const auto exportA = dir.file("a.jsonl");
    auto report = JsonlExporter(*first).run(exportA);
    ASSAY_ASSERT_OK(report);
    EXPECT_EQ(report->items, 4);
    EXPECT_EQ(report->annotations, 8);
    EXPECT_EQ(report->gold, 1);
    ASSAY_ASSERT_OK(JsonlExporter(*first).run(dir.file("a2.jsonl")));
    const std::string a = test::readFile(exportA);
    EXPECT_EQ(a, test::readFile(dir.file("a2.jsonl"))) << "the same project exports identically";

    auto second = test::createProject(dir, "second.assay");
    ASSERT_TRUE(second);
    auto schema = schemaToJson(first->schema());
    ASSAY_ASSERT_OK(schema);
    ASSAY_ASSERT_OK(importSchemaJson(second->schema(), *schema, "schema.json"));
    ImportOptions native;
    native.path = exportA;
    const auto imported = NativeImporter(*second).run(native);
    ASSERT_TRUE(imported.ok) << imported.failure.toString();
    EXPECT_EQ(imported.imported, 4);

    const auto exportB = dir.file("b.jsonl");
    ASSAY_ASSERT_OK(JsonlExporter(*second).run(exportB));
    const std::string b = test::readFile(exportB);
    EXPECT_EQ(b, a);
    if (a != b) {
        std::istringstream la(a), lb(b);
        for (std::string x, y; std::getline(la, x) && std::getline(lb, y);)
            EXPECT_EQ(y, x);
    }
    const auto before = test::snapshot(*first);
    const auto after = test::snapshot(*second);
    EXPECT_EQ(after.storedCounts, before.storedCounts);
    EXPECT_EQ(after.actualCounts, before.actualCounts);
    EXPECT_EQ(after.annotationLabels, before.annotationLabels);
    EXPECT_EQ(after.itemDigest, before.itemDigest);
}

TEST(RoundTrip, TheExportSaysWhatWasAnnotated)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    buildProject(*project, dir);
    if (HasFatalFailure())
        return;
    const auto output = dir.file("out.jsonl");
    ASSAY_ASSERT_OK(JsonlExporter(*project).run(output));
    std::istringstream lines(test::readFile(output));
    std::vector<nlohmann::json> rows;
    for (std::string line; std::getline(lines, line);)
        rows.push_back(nlohmann::json::parse(line));
    ASSERT_EQ(rows.size(), 4u);

    const auto &first = rows[0];
    EXPECT_EQ(first["state"], "gold");
    const auto &annotations = first["annotations"];
    ASSERT_EQ(annotations.size(), 4u);
    EXPECT_EQ(annotations[0]["user"], "alice");
    EXPECT_EQ(annotations[0]["version"], 1);
    EXPECT_EQ(annotations[0]["current"], false);
    EXPECT_EQ(annotations[0]["labels"], nlohmann::json({"投诉/其他"}));
    EXPECT_EQ(annotations[1]["version"], 2);
    EXPECT_EQ(annotations[1]["labels"], nlohmann::json({"投诉/态度"}));
    EXPECT_EQ(annotations[2]["model"]["kind"], "fasttext");
    EXPECT_EQ(annotations[2]["scores"], nlohmann::json({0.875, 0.125}));
    EXPECT_EQ(annotations[3]["field"], "实体");
    EXPECT_EQ(annotations[3]["spans"][0]["text"], "张三");
    EXPECT_EQ(first["gold"][0]["decided_by"], "bob");
    EXPECT_EQ(first["gold"][0]["decided_at"], "2023-11-14T22:13:20.123Z");
    EXPECT_EQ(first["gold"][0]["reason"], "态度问题，不是延误");

    const auto &second = rows[1];
    EXPECT_EQ(second["id"], "2");
    EXPECT_EQ(second["meta"]["e"], "é");
    const auto &span = second["annotations"][1]["spans"][0];
    EXPECT_EQ(span["start"], 1);
    EXPECT_EQ(span["end"], 4);
    EXPECT_EQ(span["text"], "字路口") << "offsets are code points: 𠀀 counts as one";
    EXPECT_EQ(rows[2]["id"], nullptr);
    EXPECT_EQ(rows[3]["annotations"][1]["user"], "bob");
    EXPECT_EQ(rows[3]["annotations"][1]["time_spent_ms"], 2345);
    EXPECT_EQ(rows[3]["state"], "accepted");
}
