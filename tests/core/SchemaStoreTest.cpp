#include "TestSupport.h"
#include "schema/LabelPath.h"

using namespace assay;
using namespace assay::core;

namespace {

LabelSpec spec(std::vector<std::string> path, std::vector<std::string> aliases = {})
{
    LabelSpec s;
    s.path = std::move(path);
    s.aliases = std::move(aliases);
    return s;
}

class SchemaStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = test::createProject(dir);
        ASSERT_TRUE(project);
        Field f;
        f.name = "类别";
        auto added = project->schema().addField(f);
        ASSAY_ASSERT_OK(added);
        field = *added;
        auto report = project->schema().addLabels(
            field.id, {spec({"城乡建设", "安全生产", "安全隐患"}, {"隐患"}),
                       spec({"城乡建设", "安全生产", "其他"}), spec({"城乡建设", "其他"}),
                       spec({"环境保护", "其他"}), spec({"交通运输", "拥堵"}, {"堵车"})});
        ASSAY_ASSERT_OK(report);
        EXPECT_EQ(report->added, 9u);
    }

    std::shared_ptr<const Taxonomy> tree()
    {
        auto t = project->schema().taxonomy(field.id);
        EXPECT_TRUE(t.ok());
        return *t;
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
    Field field;
};

} // namespace

TEST(LabelPath, EscapesSlashesAndBackslashesInNames)
{
    const std::vector<std::string> segments = {"A/B", "C\\D", "普通"};
    const std::string path = joinLabelPath(segments);
    EXPECT_EQ(path, "A\\/B/C\\\\D/普通");
    EXPECT_EQ(splitLabelPath(path), segments);
    EXPECT_EQ(parentLabelPath(path), "A\\/B/C\\\\D");
    EXPECT_EQ(parentLabelPath("top"), "");
    EXPECT_EQ(splitLabelPath(""), std::vector<std::string>{});
    EXPECT_EQ(splitLabelPath("a/b"), (std::vector<std::string>{"a", "b"}));
    const std::vector<std::string> trailing = {"ends with \\"};
    EXPECT_EQ(splitLabelPath(joinLabelPath(trailing)), trailing);
}

TEST_F(SchemaStoreTest, BuildsTheTreeInOrderWithParentsCreatedOnTheWay)
{
    const auto t = tree();
    EXPECT_EQ(t->size(), 9u);
    EXPECT_EQ(t->leafCount(), 5u);
    EXPECT_EQ(t->topLevelCount(), 3u);
    std::vector<std::string> paths;
    for (const Label &label : t->labels())
        paths.push_back(label.path);
    EXPECT_EQ(paths, (std::vector<std::string>{
                         "城乡建设", "城乡建设/安全生产", "城乡建设/安全生产/安全隐患",
                         "城乡建设/安全生产/其他", "城乡建设/其他", "环境保护", "环境保护/其他",
                         "交通运输", "交通运输/拥堵"}));
    const Label *leaf = t->byPath("城乡建设/安全生产/安全隐患");
    ASSERT_TRUE(leaf);
    EXPECT_EQ(leaf->depth, 3);
    EXPECT_EQ(leaf->aliases, (std::vector<std::string>{"隐患"}));
    const auto lineage = t->lineage(leaf->id);
    ASSERT_EQ(lineage.size(), 3u);
    EXPECT_EQ(lineage[0]->name, "城乡建设");
    EXPECT_EQ(lineage[1]->name, "安全生产");
    EXPECT_TRUE(t->isSelectable(leaf->id));
    EXPECT_FALSE(t->isSelectable(lineage[0]->id)) << "leaves only by default";
}

TEST_F(SchemaStoreTest, AddingExistingPathsKeepsIdsAndUpdatesAttributes)
{
    const std::int64_t id = tree()->byPath("交通运输/拥堵")->id;
    LabelSpec again = spec({"交通运输", "拥堵"});
    again.hotkey = "j";
    again.guideline = "道路拥堵";
    auto report = project->schema().addLabels(field.id, {again, spec({"交通运输", "停车"})});
    ASSAY_ASSERT_OK(report);
    EXPECT_EQ(report->added, 1u);
    EXPECT_EQ(report->existing, 1u);
    EXPECT_EQ(report->leaves, 6u);
    const Label *jam = tree()->byPath("交通运输/拥堵");
    ASSERT_TRUE(jam);
    EXPECT_EQ(jam->id, id);
    EXPECT_EQ(jam->hotkey, "j");
    EXPECT_EQ(jam->guideline, "道路拥堵");
    EXPECT_EQ(jam->aliases, (std::vector<std::string>{"堵车"})) << "not given, so kept";
}

TEST_F(SchemaStoreTest, RefusesEmptyLevelsAndLeavesTheTreeAlone)
{
    auto report = project->schema().addLabels(field.id, {spec({"新的"}), spec({"a", "", "b"})});
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("empty level"), std::string::npos);
    EXPECT_EQ(tree()->size(), 9u);
    EXPECT_EQ(*project->database().queryInt("SELECT count(*) FROM labels"), 9);
}

TEST_F(SchemaStoreTest, NamesWithSlashesAreOneLabel)
{
    ASSAY_ASSERT_OK(project->schema().addLabels(field.id, {spec({"A/B 类", "C\\D"})}));
    const auto t = tree();
    const Label *child = t->byPath("A\\/B 类/C\\\\D");
    ASSERT_TRUE(child);
    EXPECT_EQ(child->name, "C\\D");
    EXPECT_EQ(child->depth, 2);
    const Label *parent = t->byId(child->parentId);
    ASSERT_TRUE(parent);
    EXPECT_EQ(parent->name, "A/B 类");
    EXPECT_EQ(parent->depth, 1);
    EXPECT_EQ(*t->resolve("A\\/B 类/C\\\\D"), child);
}

TEST_F(SchemaStoreTest, RenamingALabelRenamesItsSubtree)
{
    const auto before = tree();
    const std::uint64_t revision = project->schema().revision();
    Label renamed = *before->byPath("城乡建设");
    renamed.name = "城建/规划";
    ASSAY_ASSERT_OK(project->schema().updateLabel(renamed));
    EXPECT_GT(project->schema().revision(), revision);
    const auto after = tree();
    EXPECT_EQ(after->size(), 9u);
    EXPECT_FALSE(after->byPath("城乡建设"));
    EXPECT_FALSE(after->byPath("城乡建设/安全生产/其他"));
    const Label *leaf = after->byPath("城建\\/规划/安全生产/安全隐患");
    ASSERT_TRUE(leaf);
    EXPECT_EQ(leaf->id, before->byPath("城乡建设/安全生产/安全隐患")->id) << "ids survive a rename";
    EXPECT_TRUE(after->byPath("城建\\/规划/其他"));
    EXPECT_EQ(after->byId(renamed.id)->name, "城建/规划");
    EXPECT_TRUE(after->byPath("环境保护/其他")) << "other subtrees untouched";
}

TEST_F(SchemaStoreTest, RenamingOntoASiblingIsRefusedAndChangesNothing)
{
    Label label = *tree()->byPath("城乡建设/安全生产/其他");
    label.name = "安全隐患";
    label.hotkey = "x";
    auto status = project->schema().updateLabel(label);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::AlreadyExists);
    EXPECT_NE(status.error().message.find("already exists"), std::string::npos);
    const auto t = tree();
    EXPECT_TRUE(t->byPath("城乡建设/安全生产/其他"));
    EXPECT_EQ(t->byPath("城乡建设/安全生产/其他")->hotkey, "");
}

TEST_F(SchemaStoreTest, ResolvesPathsUniqueNamesAndAliases)
{
    const auto t = tree();
    auto byPath = t->resolve("城乡建设/安全生产/其他");
    ASSAY_ASSERT_OK(byPath);
    EXPECT_EQ((*byPath)->path, "城乡建设/安全生产/其他");
    auto byName = t->resolve("安全隐患");
    ASSAY_ASSERT_OK(byName);
    EXPECT_EQ((*byName)->path, "城乡建设/安全生产/安全隐患");
    auto byAlias = t->resolve("堵车");
    ASSAY_ASSERT_OK(byAlias);
    EXPECT_EQ((*byAlias)->path, "交通运输/拥堵");

    auto unknown = t->resolve("不存在");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::Validation);
    EXPECT_NE(unknown.error().message.find("unknown label '不存在' in field '类别'"),
              std::string::npos);

    auto ambiguous = t->resolve("其他");
    ASSERT_FALSE(ambiguous.ok());
    const std::string &message = ambiguous.error().message;
    EXPECT_NE(message.find("ambiguous"), std::string::npos);
    EXPECT_NE(message.find("3 labels"), std::string::npos) << message;
    EXPECT_NE(message.find("'城乡建设/其他'"), std::string::npos) << message;
    EXPECT_NE(message.find("'城乡建设/安全生产/其他'"), std::string::npos) << message;
    EXPECT_NE(message.find("give the full path"), std::string::npos);
}

TEST_F(SchemaStoreTest, FieldsHaveUniqueNamesAndKeepTheirSettings)
{
    Field spans;
    spans.name = "实体";
    spans.kind = FieldKind::Spans;
    spans.allowOverlap = true;
    ASSAY_ASSERT_OK(project->schema().addField(spans));
    auto duplicate = project->schema().addField(spans);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::AlreadyExists);
    auto fields = project->schema().fields();
    ASSAY_ASSERT_OK(fields);
    ASSERT_EQ(fields->size(), 2u);
    EXPECT_EQ((*fields)[1].name, "实体");
    EXPECT_EQ((*fields)[1].kind, FieldKind::Spans);
    EXPECT_TRUE((*fields)[1].allowOverlap);
    EXPECT_EQ((*fields)[1].position, 1);
    EXPECT_EQ(project->schema().field("nope").error().code, ErrorCode::NotFound);
    EXPECT_EQ(parseFieldKind("multi"), FieldKind::MultiChoice);
    EXPECT_FALSE(parseFieldKind("tree"));
}

TEST_F(SchemaStoreTest, AHotkeyIsUsedByOneLabelOfAFieldOnly)
{
    Label first = *tree()->byPath("交通运输/拥堵");
    first.hotkey = "j";
    ASSAY_ASSERT_OK(project->schema().updateLabel(first));
    ASSAY_ASSERT_OK(project->schema().updateLabel(first)); // keeping its own hotkey is fine

    Label second = *tree()->byPath("环境保护/其他");
    second.hotkey = "j";
    auto status = project->schema().updateLabel(second);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::AlreadyExists);
    EXPECT_NE(status.error().message.find("'交通运输/拥堵'"), std::string::npos)
        << status.error().message;
    EXPECT_EQ(tree()->byPath("环境保护/其他")->hotkey, "");

    LabelSpec clash = spec({"环境保护", "噪声"});
    clash.hotkey = "j";
    auto report = project->schema().addLabels(field.id, {clash});
    ASSERT_FALSE(report.ok());
    EXPECT_FALSE(tree()->byPath("环境保护/噪声")) << "a refused import adds nothing";
}
