#include "search/PinyinMatcher.h"

#include <gtest/gtest.h>

using namespace assay::core;
using Match = PinyinMatcher::Match;

namespace {

Match matchOne(std::string_view text, std::string_view typed)
{
    PinyinMatcher matcher;
    const auto id = matcher.add(text);
    return matcher.match(id, PinyinMatcher::Query(typed));
}

} // namespace

TEST(PinyinMatcher, FullPinyinAndInitialsCoverTheWholeText)
{
    EXPECT_EQ(matchOne("物业服务", "wuyefuwu"), Match::Exact);
    EXPECT_EQ(matchOne("物业服务", "wyfw"), Match::Exact);
    EXPECT_EQ(matchOne("物业服务", "wuyfw"), Match::Exact);   // mixed
    EXPECT_EQ(matchOne("物业服务", "wuyefuw"), Match::Exact); // last syllable half typed
}

TEST(PinyinMatcher, PrefixesAndSubstrings)
{
    EXPECT_EQ(matchOne("物业服务", "wuye"), Match::Prefix);
    EXPECT_EQ(matchOne("物业服务", "wy"), Match::Prefix);
    EXPECT_EQ(matchOne("物业服务", "w"), Match::Prefix);
    EXPECT_EQ(matchOne("物业服务", "fuwu"), Match::Substring);
    EXPECT_EQ(matchOne("物业服务", "yf"), Match::Substring);
    EXPECT_EQ(matchOne("物业服务", "wyfwx"), Match::None);
    EXPECT_EQ(matchOne("物业服务", "wf"), Match::None); // initials must be consecutive
    EXPECT_EQ(matchOne("物业服务", "uyefuwu"), Match::None);
}

TEST(PinyinMatcher, EveryReadingOfAPolyphoneMatches)
{
    EXPECT_EQ(matchOne("银行", "yinhang"), Match::Exact);
    EXPECT_EQ(matchOne("银行", "yinxing"), Match::Exact);
    EXPECT_EQ(matchOne("重庆", "chongqing"), Match::Exact);
    EXPECT_EQ(matchOne("重庆", "cq"), Match::Exact);
    EXPECT_EQ(matchOne("重庆", "zq"), Match::Exact);
}

TEST(PinyinMatcher, UStandsForUmlautU)
{
    EXPECT_EQ(matchOne("绿化", "lvhua"), Match::Exact);
    EXPECT_EQ(matchOne("绿化", "luhua"), Match::Exact);
}

TEST(PinyinMatcher, LettersAndDigitsInTheTextAreTypedAsTheyAre)
{
    EXPECT_EQ(matchOne("12345热线", "12345rx"), Match::Exact);
    EXPECT_EQ(matchOne("APP投诉", "apptousu"), Match::Exact);
    EXPECT_EQ(matchOne("APP投诉", "ts"), Match::Substring);
    EXPECT_EQ(matchOne("APP投诉", "ats"), Match::None);
}

TEST(PinyinMatcher, PunctuationIsSkippedOtherScriptsBlock)
{
    EXPECT_EQ(matchOne("供水（自来水）", "gszls"), Match::Exact);
    EXPECT_EQ(matchOne("城乡·建设", "cxjs"), Match::Exact);
    EXPECT_EQ(matchOne("物业ω服务", "wyfw"), Match::None);
    EXPECT_EQ(matchOne("物业ω服务", "fw"), Match::Substring);
}

TEST(PinyinMatcher, QueriesThatAreNotPinyinMatchNothing)
{
    EXPECT_FALSE(PinyinMatcher::Query("物业").usable());
    EXPECT_FALSE(PinyinMatcher::Query("").usable());
    EXPECT_FALSE(PinyinMatcher::Query("wy fw").usable());
    EXPECT_TRUE(PinyinMatcher::Query("xi'an").usable());
    EXPECT_EQ(matchOne("西安", "xi'an"), Match::Exact);
    EXPECT_EQ(matchOne("物业", "物业"), Match::None);
    EXPECT_EQ(matchOne("", "w"), Match::None);
    PinyinMatcher matcher;
    EXPECT_EQ(matcher.match(7, PinyinMatcher::Query("w")), Match::None); // no such text
}

TEST(PinyinMatcher, ManyTextsKeepTheirOwnUnits)
{
    PinyinMatcher matcher;
    const auto a = matcher.add("物业");
    const auto b = matcher.add("供暖");
    const auto c = matcher.add("其他");
    EXPECT_EQ(matcher.size(), 3u);
    const PinyinMatcher::Query gn("gn");
    EXPECT_EQ(matcher.match(a, gn), Match::None);
    EXPECT_EQ(matcher.match(b, gn), Match::Exact);
    EXPECT_EQ(matcher.match(c, gn), Match::None);
    EXPECT_EQ(matcher.match(c, PinyinMatcher::Query("qita")), Match::Exact);
}
