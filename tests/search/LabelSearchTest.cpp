#include "search/LabelSearch.h"

#include "TestSupport.h"
#include "schema/LabelPath.h"
#include "schema/TaxonomyReader.h"

#include <set>

using namespace assay;
using namespace assay::core;

namespace {

LabelSpec spec(std::vector<std::string> path, LabelTier tier = LabelTier::Common)
{
    LabelSpec s;
    s.path = std::move(path);
    s.tier = tier;
    return s;
}

/// A project with one choice field holding `specs`; keeps the project alive for the test.
class LabelSearchFixture : public ::testing::Test
{
protected:
    std::shared_ptr<const Taxonomy> load(const std::vector<LabelSpec> &specs,
                                         bool leavesOnly = true)
    {
        m_project = test::createProject(m_dir);
        Field field;
        field.name = "category";
        field.leavesOnly = leavesOnly;
        auto added = m_project->schema().addField(field);
        EXPECT_TRUE(added.ok());
        auto report = m_project->schema().addLabels(added->id, specs);
        EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().toString());
        auto taxonomy = m_project->schema().taxonomy(added->id);
        EXPECT_TRUE(taxonomy.ok());
        return *taxonomy;
    }

    std::vector<std::string> paths(const LabelSearch &search, std::string_view query,
                                   const LabelSearchOptions &options = {})
    {
        std::vector<std::string> out;
        for (const LabelMatch &match : search.search(query, options))
            out.push_back(search.taxonomy().byId(match.labelId)->path);
        return out;
    }

    test::TempDir m_dir;
    std::unique_ptr<Project> m_project;
};

std::vector<LabelSpec> hotlineSpecs()
{
    std::vector<LabelSpec> specs = {
        spec({"城乡建设", "物业管理", "物业服务"}), spec({"城乡建设", "物业管理", "物业收费"}),
        spec({"城乡建设", "物业管理", "小区物业"}), spec({"城乡建设", "物业管理", "其他"}),
        spec({"城乡建设", "供暖问题", "供暖收费"}), spec({"城乡建设", "供暖问题", "其他"}),
        spec({"城乡建设", "其他", "其他"}),         spec({"财税金融", "银行服务", "银行卡"}),
        spec({"财税金融", "银行服务", "其他"}),     spec({"交通运输", "公交服务", "公交线路"}),
        spec({"交通运输", "公交服务", "其他"}),
    };
    specs[0].aliases = {"物管"};
    LabelSpec transport = spec({"交通运输"});
    transport.english = "Transport";
    specs.push_back(transport);
    return specs;
}

} // namespace

TEST_F(LabelSearchFixture, EmptyQueriesAndZeroLimitsFindNothing)
{
    LabelSearch search(load(hotlineSpecs()));
    EXPECT_TRUE(search.search("").empty());
    EXPECT_TRUE(search.search("  \u3000 ").empty());
    EXPECT_TRUE(search.search("物业", 0).empty());
    EXPECT_TRUE(search.search("不存在的标签").empty());
    EXPECT_EQ(search.size(), search.taxonomy().size());
}

TEST_F(LabelSearchFixture, PinyinInitialsFullAndPrefixesFindTheLabel)
{
    LabelSearch search(load(hotlineSpecs()));
    for (const char *typed : {"wyfw", "WYFW", "wuyefuwu", "wuyfw", "ｗｙｆｗ"}) {
        const auto found = paths(search, typed);
        ASSERT_FALSE(found.empty()) << typed;
        EXPECT_EQ(found.front(), "城乡建设/物业管理/物业服务") << typed;
    }
    for (const char *typed : {"wuye", "wy"}) {
        const auto found = paths(search, typed);
        EXPECT_NE(std::find(found.begin(), found.end(), "城乡建设/物业管理/物业服务"), found.end())
            << typed;
    }
    const auto matches = search.search("wyfw");
    EXPECT_EQ(matches.front().kind, LabelMatchKind::PinyinExact);
}

TEST_F(LabelSearchFixture, PolyphonesAreFoundByEitherReading)
{
    LabelSearch search(load(hotlineSpecs()));
    for (const char *typed : {"yinhangfuwu", "yhfw", "yinxingfuwu"}) {
        const auto found = paths(search, typed);
        ASSERT_FALSE(found.empty()) << typed;
        EXPECT_EQ(found.front(), "财税金融/银行服务") << typed;
    }
}

TEST_F(LabelSearchFixture, RankingFollowsHowWellTheNameMatches)
{
    LabelSearch search(load(hotlineSpecs()));
    const auto matches = search.search("物业", 100);
    ASSERT_EQ(matches.size(), 5u);
    std::vector<std::string> found;
    for (const auto &m : matches)
        found.push_back(search.taxonomy().byId(m.labelId)->path);
    // Name prefix (the shorter name first), then substring, then labels under a match.
    EXPECT_EQ(found[0], "城乡建设/物业管理");
    EXPECT_EQ(found[1], "城乡建设/物业管理/物业服务");
    EXPECT_EQ(found[2], "城乡建设/物业管理/物业收费");
    EXPECT_EQ(found[3], "城乡建设/物业管理/小区物业");
    EXPECT_EQ(found[4], "城乡建设/物业管理/其他");
    EXPECT_EQ(matches[0].kind, LabelMatchKind::NamePrefix);
    EXPECT_EQ(matches[3].kind, LabelMatchKind::NameSubstring);
    EXPECT_EQ(matches[4].kind, LabelMatchKind::PathOnly);
    for (std::size_t i = 1; i < matches.size(); ++i)
        EXPECT_GE(matches[i - 1].score, matches[i].score);

    // Exact name beats prefix; pinyin initials beat a substring.
    const auto exact = paths(search, "物业收费");
    EXPECT_EQ(exact.front(), "城乡建设/物业管理/物业收费");
    const auto initials = search.search("wy", 100);
    ASSERT_GE(initials.size(), 4u);
    EXPECT_EQ(initials[0].kind, LabelMatchKind::PinyinPrefix);
    EXPECT_EQ(search.taxonomy().byId(initials[0].labelId)->path, "城乡建设/物业管理");
    auto kindOf = [&](const std::string &path) {
        for (const auto &m : initials)
            if (search.taxonomy().byId(m.labelId)->path == path)
                return m.kind;
        return LabelMatchKind::None;
    };
    EXPECT_EQ(kindOf("城乡建设/物业管理/小区物业"), LabelMatchKind::PinyinSubstring);
    EXPECT_GT(kindOf("城乡建设/物业管理/物业服务"), kindOf("城乡建设/物业管理/小区物业"));
}

TEST_F(LabelSearchFixture, AliasesAndEnglishNamesMatchCaseInsensitively)
{
    LabelSearch search(load(hotlineSpecs()));
    EXPECT_EQ(paths(search, "物管").front(), "城乡建设/物业管理/物业服务");
    EXPECT_EQ(search.search("物管").front().kind, LabelMatchKind::AliasExact);
    EXPECT_EQ(paths(search, "wg").front(), "城乡建设/物业管理/物业服务");
    EXPECT_EQ(paths(search, "TRANSPORT").front(), "交通运输");
    EXPECT_EQ(paths(search, "trans").front(), "交通运输");
    EXPECT_EQ(search.search("trans").front().kind, LabelMatchKind::AliasPrefix);
    // The English name of a parent finds its subtree too.
    EXPECT_EQ(search.search("transport", 100).size(), 4u);
}

TEST_F(LabelSearchFixture, EveryWordMustMatchSomewhereOnThePath)
{
    LabelSearch search(load(hotlineSpecs()));
    const auto found = paths(search, "城乡 其他", {100, false, false});
    const std::set<std::string> expected = {"城乡建设/物业管理/其他", "城乡建设/供暖问题/其他",
                                            "城乡建设/其他", "城乡建设/其他/其他"};
    EXPECT_EQ(std::set<std::string>(found.begin(), found.end()), expected);
    EXPECT_EQ(paths(search, "城乡建设/其他").size(), expected.size());
    const auto pinyin = paths(search, "cxjs qt", {100, false, false});
    EXPECT_EQ(std::set<std::string>(pinyin.begin(), pinyin.end()), expected);
    EXPECT_TRUE(paths(search, "城乡 银行").empty());
    // Words in any order; each word may match a different segment.
    EXPECT_EQ(paths(search, "收费 供暖").front(), "城乡建设/供暖问题/供暖收费");
}

TEST_F(LabelSearchFixture, CommonLabelsRankBeforeRareOnesOfTheSameKind)
{
    auto specs = std::vector<LabelSpec>{
        spec({"市场监管", "食品安全", "食品价格"}, LabelTier::Rare),
        spec({"市场监管", "食品安全", "食品质量"}, LabelTier::Common),
        spec({"市场监管", "食品安全", "食品"}, LabelTier::Rare),
    };
    LabelSearch search(load(specs));
    const auto found = paths(search, "食品", {10, true, false});
    ASSERT_EQ(found.size(), 3u);
    EXPECT_EQ(found[0], "市场监管/食品安全/食品");     // exact, though rare
    EXPECT_EQ(found[1], "市场监管/食品安全/食品质量"); // prefix, common
    EXPECT_EQ(found[2], "市场监管/食品安全/食品价格"); // prefix, rare
}

TEST_F(LabelSearchFixture, DeprecatedLabelsAreLeftOutUnlessAskedForThenLast)
{
    auto specs = hotlineSpecs();
    LabelSpec old = spec({"城乡建设", "物业管理", "物业"});
    old.deprecated = true;
    specs.push_back(old);
    LabelSearch search(load(specs));
    const auto without = paths(search, "物业", {100, false, false});
    EXPECT_EQ(std::count(without.begin(), without.end(), "城乡建设/物业管理/物业"), 0);
    LabelSearchOptions options;
    options.includeDeprecated = true;
    options.limit = 100;
    const auto with = search.search("物业", options);
    ASSERT_EQ(with.size(), without.size() + 1);
    EXPECT_EQ(search.taxonomy().byId(with.back().labelId)->path, "城乡建设/物业管理/物业");
    EXPECT_LT(with.back().score, 0);
}

TEST_F(LabelSearchFixture, SelectableOnlyLeavesOutParentsOfALeavesOnlyField)
{
    LabelSearch search(load(hotlineSpecs()));
    LabelSearchOptions options;
    options.selectableOnly = true;
    const auto found = paths(search, "物业", options);
    EXPECT_EQ(found.front(), "城乡建设/物业管理/物业服务");
    EXPECT_EQ(std::count(found.begin(), found.end(), "城乡建设/物业管理"), 0);
    for (const auto &match : search.search("wy", options))
        EXPECT_TRUE(search.taxonomy().isLeaf(match.labelId));
    // Without the flag, parents are offered too.
    EXPECT_EQ(paths(search, "物业").front(), "城乡建设/物业管理");
}

TEST_F(LabelSearchFixture, SelectableOnlyKeepsParentsWhereTheFieldAllowsThem)
{
    LabelSearch search(load(hotlineSpecs(), false));
    LabelSearchOptions options;
    options.selectableOnly = true;
    EXPECT_EQ(paths(search, "物业", options).front(), "城乡建设/物业管理");
}

TEST_F(LabelSearchFixture, LimitKeepsTheBestMatches)
{
    LabelSearch search(load(hotlineSpecs()));
    const auto all = search.search("城乡", 100);
    const auto three = search.search("城乡", 3);
    ASSERT_EQ(three.size(), 3u);
    ASSERT_GT(all.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
        EXPECT_EQ(three[i].labelId, all[i].labelId);
}

TEST_F(LabelSearchFixture, RealTaxonomyWithRepeatedLeafNames)
{
    ASSAY_REQUIRE_SHARED(csv, "zhengwu/fujian1.csv");
    auto specs = readTaxonomyCsv(csv);
    ASSAY_ASSERT_OK(specs);
    LabelSearch search(load(*specs));
    ASSERT_EQ(search.taxonomy().leafCount(), 517u);

    // "其他" is a leaf under 116 topics (and a topic itself): all distinct paths, exact first.
    const auto others = search.search("其他", 500);
    std::set<std::string> distinct;
    std::size_t exact = 0;
    for (const auto &m : others) {
        const Label *label = search.taxonomy().byId(m.labelId);
        distinct.insert(label->path);
        if (m.kind == LabelMatchKind::NameExact) {
            EXPECT_EQ(label->name, "其他");
            EXPECT_EQ(exact, static_cast<std::size_t>(&m - others.data())) << "exact first";
            ++exact;
        }
    }
    EXPECT_EQ(distinct.size(), others.size());
    EXPECT_GE(exact, 116u);

    // A unique leaf comes first, by name, initials and full pinyin.
    for (const char *typed :
         {"园林绿化环卫", "yllhhw", "yuanlinlvhuahuanwei", "yuanlinluhuahuanwei"}) {
        const auto found = paths(search, typed);
        ASSERT_FALSE(found.empty()) << typed;
        EXPECT_EQ(found.front(), "城乡建设/城市建设和市政管理/园林绿化环卫") << typed;
    }
    // A name that is also the start of another name: the exact one first.
    const auto green = paths(search, "园林绿化");
    ASSERT_GE(green.size(), 2u);
    EXPECT_EQ(green[0], "城乡建设/城市建设和市政管理/园林绿化");
    EXPECT_EQ(green[1], "城乡建设/城市建设和市政管理/园林绿化环卫");

    // Two words narrow 116 "其他" leaves to those of one department.
    const auto narrowed = search.search("城乡建设 其他", 500);
    EXPECT_GE(narrowed.size(), 9u);
    EXPECT_LT(narrowed.size(), 20u);
    for (const auto &m : narrowed)
        EXPECT_EQ(splitLabelPath(search.taxonomy().byId(m.labelId)->path).front(), "城乡建设");
}
