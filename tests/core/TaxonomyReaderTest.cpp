#include "schema/TaxonomyReader.h"

#include "TestSupport.h"
#include "schema/LabelPath.h"

#include <nlohmann/json.hpp>
#include <set>

using namespace assay;
using namespace assay::core;

namespace {

using Paths = std::vector<std::string>;

Paths pathsOf(const std::vector<LabelSpec> &specs)
{
    Paths paths;
    for (const LabelSpec &spec : specs)
        paths.push_back(joinLabelPath(spec.path));
    return paths;
}

// Adds `specs` to a new single-choice field and returns its taxonomy.
std::shared_ptr<const Taxonomy> load(Project &project, const std::vector<LabelSpec> &specs,
                                     const std::string &fieldName = "类别")
{
    Field field;
    field.name = fieldName;
    auto added = project.schema().addField(field);
    EXPECT_TRUE(added.ok());
    auto report = project.schema().addLabels(added->id, specs);
    EXPECT_TRUE(report.ok()) << report.error().toString();
    auto tree = project.schema().taxonomy(added->id);
    EXPECT_TRUE(tree.ok());
    return *tree;
}

} // namespace

TEST(TaxonomyReader, HotlineTaxonomyCsvKeepsRepeatedLeafNamesApart)
{
    ASSAY_REQUIRE_SHARED(path, "zhengwu/fujian1.csv");
    auto specs = readTaxonomyCsv(path);
    ASSAY_ASSERT_OK(specs);
    EXPECT_EQ(specs->size(), 517u);
    EXPECT_EQ(joinLabelPath(specs->front().path), "城乡建设/安全生产/事故处理");

    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto tree = load(*project, *specs);
    EXPECT_EQ(tree->leafCount(), 517u);
    EXPECT_EQ(tree->topLevelCount(), 15u);
    EXPECT_EQ(tree->size(), 15u + 118u + 517u);
    EXPECT_EQ(tree->maxDepth(), 3);

    const auto others = tree->byName("其他");
    std::set<std::string> leafPaths;
    std::set<std::int64_t> leafIds;
    for (const Label *label : others)
        if (tree->isLeaf(label->id)) {
            leafPaths.insert(label->path);
            leafIds.insert(label->id);
        }
    EXPECT_EQ(leafPaths.size(), 116u) << "116 leaves named 其他, each its own label";
    EXPECT_EQ(leafIds.size(), 116u);
    EXPECT_EQ(others.size(), 116u + 15u) << "and 15 inner labels named 其他";
    EXPECT_TRUE(leafPaths.count("城乡建设/其他/其他"));
}

TEST(TaxonomyReader, CsvAttributeColumnsBelongToTheRowsDeepestLabel)
{
    test::TempDir dir;
    const auto path = dir.write(
        "tax.csv", "一级,二级,Aliases,hotkey,tier,deprecated,english,guideline,color\n"
                   "交通,拥堵,堵车|塞车; 交通拥堵,d,rare,yes,Congestion,路面拥堵,#ff0000\n"
                   "交通,停车,,,,,,,\n"
                   "环境,,,,,,,,\n");
    auto specs = readTaxonomyCsv(path);
    ASSAY_ASSERT_OK(specs);
    EXPECT_EQ(pathsOf(*specs), (Paths{"交通/拥堵", "交通/停车", "环境"}));
    const LabelSpec &jam = (*specs)[0];
    EXPECT_EQ(jam.aliases, (std::vector<std::string>{"堵车", "塞车", "交通拥堵"}));
    EXPECT_EQ(jam.hotkey, "d");
    EXPECT_EQ(jam.tier, LabelTier::Rare);
    EXPECT_TRUE(jam.deprecated);
    EXPECT_EQ(jam.english, "Congestion");
    EXPECT_EQ(jam.guideline, "路面拥堵");
    EXPECT_EQ(jam.color, "#ff0000");
    EXPECT_EQ((*specs)[1].tier, LabelTier::Common);
    EXPECT_FALSE((*specs)[1].deprecated);
}

TEST(TaxonomyReader, AGapBetweenCsvLevelsIsAnErrorNamingItsLine)
{
    test::TempDir dir;
    const auto path = dir.write("gap.csv", "一级分类,二级分类,三级分类\n"
                                           "城乡建设,安全生产,事故处理\n"
                                           "\n"
                                           "城乡建设,,安全隐患\n");
    auto specs = readTaxonomyCsv(path);
    ASSERT_FALSE(specs.ok());
    EXPECT_EQ(specs.error().code, ErrorCode::Validation);
    EXPECT_EQ(specs.error().line, 4);
    EXPECT_NE(specs.error().file.find("gap.csv"), std::string::npos);
    EXPECT_NE(
        specs.error().message.find("level '三级分类' is filled but an earlier level is empty"),
        std::string::npos)
        << specs.error().message;
}

TEST(TaxonomyReader, CsvRowsWithTheWrongNumberOfColumnsOrNoLabels)
{
    test::TempDir dir;
    auto columns = readTaxonomyCsv(dir.write("cols.csv", "a,b\nx,y\nx,y,z\n"));
    ASSERT_FALSE(columns.ok());
    EXPECT_EQ(columns.error().code, ErrorCode::ParseError);
    EXPECT_EQ(columns.error().line, 3);
    EXPECT_NE(columns.error().message.find("expected 2 columns, found 3"), std::string::npos);

    auto empty = readTaxonomyCsv(dir.write("empty.csv", "a,b\n"));
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("no labels"), std::string::npos);

    auto noLevels = readTaxonomyCsv(dir.write("attrs.csv", "hotkey,color\nx,y\n"));
    ASSERT_FALSE(noLevels.ok());
    EXPECT_NE(noLevels.error().message.find("no level columns"), std::string::npos);
}

TEST(TaxonomyReader, JsonListOfNodesWithAttributesAndChildren)
{
    const auto tree = nlohmann::ordered_json::parse(R"([
        {"name": "人物", "hotkey": "p", "aliases": ["人名"], "children": [
            {"name": "政治人物", "english": "politician"},
            {"value": "演员", "deprecated": true}]},
        {"label": "地点", "tier": "rare", "children": ["城市", "乡村"]},
        "其他"
    ])");
    auto specs = taxonomyFromJson(tree, "tree.json");
    ASSAY_ASSERT_OK(specs);
    EXPECT_EQ(pathsOf(*specs), (Paths{"人物", "人物/政治人物", "人物/演员", "地点", "地点/城市",
                                      "地点/乡村", "其他"}));
    EXPECT_EQ((*specs)[0].hotkey, "p");
    EXPECT_EQ((*specs)[0].aliases, (std::vector<std::string>{"人名"}));
    EXPECT_EQ((*specs)[1].english, "politician");
    EXPECT_TRUE((*specs)[2].deprecated);
    EXPECT_EQ((*specs)[3].tier, LabelTier::Rare);
}

TEST(TaxonomyReader, JsonChildrenGivenAsAnObjectKeyedByName)
{
    const auto tree = nlohmann::ordered_json::parse(R"([
        {"name": "交通", "children": {"拥堵": null, "停车": {"路边": [], "小区": []}}}
    ])");
    auto specs = taxonomyFromJson(tree, "t.json");
    ASSAY_ASSERT_OK(specs);
    EXPECT_EQ(pathsOf(*specs),
              (Paths{"交通", "交通/拥堵", "交通/停车", "交通/停车/路边", "交通/停车/小区"}));
}

TEST(TaxonomyReader, JsonPlainNestedMapAndTheLabelsWrapper)
{
    const auto map = nlohmann::ordered_json::parse(R"({"a": {"b": ["c", "d"]}, "e": []})");
    auto specs = taxonomyFromJson(map, "map.json");
    ASSAY_ASSERT_OK(specs);
    EXPECT_EQ(pathsOf(*specs), (Paths{"a", "a/b", "a/b/c", "a/b/d", "e"}));

    const auto wrapped = nlohmann::ordered_json::parse(R"({"labels": [{"name": "x/y"}, "z"]})");
    auto labels = taxonomyFromJson(wrapped, "wrapped.json");
    ASSAY_ASSERT_OK(labels);
    ASSERT_EQ(labels->size(), 2u);
    EXPECT_EQ((*labels)[0].path, (std::vector<std::string>{"x/y"})) << "one name with a slash";
    EXPECT_EQ(pathsOf(*labels), (Paths{"x\\/y", "z"}));
}

TEST(TaxonomyReader, JsonShapesThatAreNotATaxonomy)
{
    auto number = taxonomyFromJson(nlohmann::ordered_json::parse("[1]"), "n.json");
    ASSERT_FALSE(number.ok());
    EXPECT_NE(number.error().message.find("a label must be a name or an object"),
              std::string::npos);
    auto empty = taxonomyFromJson(nlohmann::ordered_json::parse("[]"), "e.json");
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("no labels"), std::string::npos);

    test::TempDir dir;
    auto broken = readTaxonomyJson(dir.write("broken.json", "[\n  {\"name\": \"a\",,}\n]"));
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::ParseError);
    EXPECT_EQ(broken.error().line, 2);
    EXPECT_GT(broken.error().column, 1);
}

TEST(TaxonomyReader, ReadsByExtension)
{
    test::TempDir dir;
    auto csv = readTaxonomy(dir.write("t.csv", "level\nA\n"));
    ASSAY_ASSERT_OK(csv);
    EXPECT_EQ(pathsOf(*csv), (Paths{"A"}));
    auto json = readTaxonomy(dir.write("t.json", "\xEF\xBB\xBF[\"B\"]"));
    ASSAY_ASSERT_OK(json);
    EXPECT_EQ(pathsOf(*json), (Paths{"B"}));
}

TEST(TaxonomyReader, LabelStudioTaxonomiesGivenInTaskData)
{
    ASSAY_REQUIRE_SHARED(path, "formats/label_studio/taxonomy_large/tasks.json");
    const auto tasks = nlohmann::ordered_json::parse(test::readFile(path));
    const auto &data = tasks.at(0).at("data");
    struct Case {
        const char *member;
        std::size_t nodes;
        std::size_t leaves;
    };
    // Node counts as published with the example; some nodes give a single child as an
    // object instead of a list.
    for (const Case &c : {Case{"categories", 222, 129}, Case{"other", 423, 233}}) {
        SCOPED_TRACE(c.member);
        auto specs = taxonomyFromJson(data.at(c.member), path);
        ASSAY_ASSERT_OK(specs);
        EXPECT_EQ(specs->size(), c.nodes);
        for (const LabelSpec &spec : *specs)
            EXPECT_NE(spec.path.back(), "value") << joinLabelPath(spec.path);
        test::TempDir dir;
        auto project = test::createProject(dir);
        ASSERT_TRUE(project);
        const auto tree = load(*project, *specs);
        EXPECT_EQ(tree->size(), c.nodes);
        EXPECT_EQ(tree->leafCount(), c.leaves);
        EXPECT_TRUE(tree->byPath(
                        "dfs/dfs-agent/dfs-agent-appointment/dfs-agent-appointment-requirements") ||
                    std::string(c.member) == "other");
    }
}
