#include "schema/SchemaJson.h"

#include "ProjectSnapshot.h"
#include "TestSupport.h"
#include "schema/TaxonomyReader.h"

#include <nlohmann/json.hpp>

using namespace assay;
using namespace assay::core;

namespace {

LabelSpec spec(std::vector<std::string> path)
{
    LabelSpec s;
    s.path = std::move(path);
    return s;
}

// A schema with every kind of field and every label attribute.
void buildSchema(Project &project)
{
    Field category;
    category.name = "类别";
    category.description = "投诉所属类别";
    auto single = project.schema().addField(category);
    ASSERT_TRUE(single.ok());
    LabelSpec jam = spec({"交通", "拥堵"});
    jam.english = "congestion";
    jam.aliases = {"堵车", "塞车"};
    jam.guideline = "道路长时间拥堵";
    jam.hotkey = "j";
    jam.tier = LabelTier::Rare;
    jam.color = "#aa0000";
    LabelSpec old = spec({"交通", "旧类"});
    old.deprecated = true;
    ASSERT_TRUE(
        project.schema()
            .addLabels(single->id, {jam, old, spec({"交通", "其他"}), spec({"A/B", "C\\D"})})
            .ok());

    Field tags;
    tags.name = "标签";
    tags.kind = FieldKind::MultiChoice;
    tags.leavesOnly = false;
    auto multi = project.schema().addField(tags);
    ASSERT_TRUE(multi.ok());
    ASSERT_TRUE(project.schema().addLabels(multi->id, {spec({"紧急"}), spec({"重复"})}).ok());

    Field entities;
    entities.name = "实体";
    entities.kind = FieldKind::Spans;
    entities.allowOverlap = true;
    auto spans = project.schema().addField(entities);
    ASSERT_TRUE(spans.ok());
    ASSERT_TRUE(project.schema().addLabels(spans->id, {spec({"PER"}), spec({"LOC"})}).ok());
}

} // namespace

TEST(SchemaJson, ExportsEveryFieldAndAttribute)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    buildSchema(*project);
    auto json = schemaToJson(project->schema());
    ASSAY_ASSERT_OK(json);
    EXPECT_EQ((*json)["assay_schema"], 1);
    const auto &fields = (*json)["fields"];
    ASSERT_EQ(fields.size(), 3u);
    EXPECT_EQ(fields[0]["name"], "类别");
    EXPECT_EQ(fields[0]["kind"], "single");
    EXPECT_EQ(fields[0]["leaves_only"], true);
    EXPECT_EQ(fields[0]["description"], "投诉所属类别");
    const auto &jam = fields[0]["labels"][0]["children"][0];
    EXPECT_EQ(jam["name"], "拥堵");
    EXPECT_EQ(jam["english"], "congestion");
    EXPECT_EQ(jam["aliases"], nlohmann::ordered_json({"堵车", "塞车"}));
    EXPECT_EQ(jam["hotkey"], "j");
    EXPECT_EQ(jam["tier"], "rare");
    EXPECT_EQ(jam["color"], "#aa0000");
    EXPECT_FALSE(jam.contains("deprecated"));
    EXPECT_EQ(fields[0]["labels"][0]["children"][1]["deprecated"], true);
    EXPECT_EQ(fields[0]["labels"][1]["name"], "A/B");
    EXPECT_EQ(fields[1]["leaves_only"], false);
    EXPECT_EQ(fields[2]["kind"], "spans");
    EXPECT_EQ(fields[2]["allow_overlap"], true);
}

TEST(SchemaJson, ExportImportExportGivesTheSameDocument)
{
    test::TempDir dir;
    auto first = test::createProject(dir, "first.assay");
    ASSERT_TRUE(first);
    buildSchema(*first);
    auto exported = schemaToJson(first->schema());
    ASSAY_ASSERT_OK(exported);

    auto second = test::createProject(dir, "second.assay");
    ASSERT_TRUE(second);
    // Through text, as the CLI does it.
    const auto parsed = nlohmann::ordered_json::parse(exported->dump(2));
    ASSERT_TRUE(isSchemaDocument(parsed));
    ASSAY_ASSERT_OK(importSchemaJson(second->schema(), parsed, "schema.json"));
    auto again = schemaToJson(second->schema());
    ASSAY_ASSERT_OK(again);
    EXPECT_EQ(again->dump(2), exported->dump(2));

    // Importing the same schema again changes nothing.
    const auto before = test::snapshot(*second);
    ASSAY_ASSERT_OK(importSchemaJson(second->schema(), parsed, "schema.json"));
    EXPECT_EQ(schemaToJson(second->schema())->dump(2), exported->dump(2));
    EXPECT_EQ(test::snapshot(*second).labels, before.labels);
}

TEST(SchemaJson, HotlineTaxonomyRoundTrips)
{
    ASSAY_REQUIRE_SHARED(path, "zhengwu/fujian1.csv");
    test::TempDir dir;
    auto first = test::createProject(dir, "first.assay");
    ASSERT_TRUE(first);
    Field field;
    field.name = "类别";
    auto added = first->schema().addField(field);
    ASSAY_ASSERT_OK(added);
    ASSAY_ASSERT_OK(first->schema().addLabels(added->id, *readTaxonomyCsv(path)));
    auto exported = schemaToJson(first->schema());
    ASSAY_ASSERT_OK(exported);

    auto second = test::createProject(dir, "second.assay");
    ASSERT_TRUE(second);
    ASSAY_ASSERT_OK(importSchemaJson(second->schema(), *exported, "schema.json"));
    EXPECT_EQ(schemaToJson(second->schema())->dump(), exported->dump());
    auto tree = second->schema().taxonomy(second->schema().field("类别")->id);
    ASSAY_ASSERT_OK(tree);
    EXPECT_EQ((*tree)->leafCount(), 517u);
    EXPECT_EQ((*tree)->topLevelCount(), 15u);
}

TEST(SchemaJson, AConflictingFieldKindIsRefusedAndNothingIsAdded)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    buildSchema(*project);
    const auto before = test::snapshot(*project);
    const auto document = nlohmann::ordered_json::parse(R"({"fields": [
        {"name": "新字段", "kind": "multi", "labels": [{"name": "x"}]},
        {"name": "实体", "kind": "single", "labels": [{"name": "ORG"}]}
    ]})");
    auto status = importSchemaJson(project->schema(), document, "conflict.json");
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Validation);
    EXPECT_NE(status.error().message.find("field '实体' exists with kind spans, not single"),
              std::string::npos)
        << status.error().message;
    EXPECT_EQ(status.error().file, "conflict.json");
    EXPECT_EQ(test::snapshot(*project), before);
    EXPECT_FALSE(project->schema().field("新字段").ok());
    EXPECT_EQ(project->schema().fields()->size(), 3u) << "the cache was dropped with the rollback";
}

TEST(SchemaJson, RefusesDocumentsThatAreNotASchema)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto taxonomy = nlohmann::ordered_json::parse(R"([{"name": "a"}])");
    EXPECT_FALSE(isSchemaDocument(taxonomy));
    auto status = importSchemaJson(project->schema(), taxonomy, "t.json");
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().message.find("not a schema document"), std::string::npos);

    const auto badKind =
        nlohmann::ordered_json::parse(R"({"fields": [{"name": "f", "kind": "tree"}]})");
    auto kind = importSchemaJson(project->schema(), badKind, "k.json");
    ASSERT_FALSE(kind.ok());
    EXPECT_NE(kind.error().message.find("unknown kind 'tree'"), std::string::npos);
    EXPECT_TRUE(project->schema().fields()->empty());
}
