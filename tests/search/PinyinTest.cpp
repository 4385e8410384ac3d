#include "search/Pinyin.h"

#include "search/SearchFold.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace assay::core;

namespace {

std::vector<std::string> syllablesOf(char32_t cp)
{
    std::vector<std::string> out;
    for (std::uint16_t id : pinyinReadings(cp))
        out.emplace_back(pinyinSyllable(id));
    return out;
}

bool contains(const std::vector<std::string> &list, const std::string &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

TEST(Pinyin, FullPinyinOfCommonWords)
{
    EXPECT_EQ(toPinyin("物业服务"), "wuyefuwu");
    EXPECT_EQ(toPinyin("城乡建设"), "chengxiangjianshe");
    EXPECT_EQ(toPinyin("环境保护"), "huanjingbaohu");
    EXPECT_EQ(toPinyin("劳动和社会保障"), "laodongheshehuibaozhang");
    EXPECT_EQ(toPinyin("绿化"), "lvhua"); // ü is written v
    EXPECT_EQ(toPinyin("女"), "nv");
    EXPECT_EQ(toPinyin("二〇二五"), "erlingerwu");
}

TEST(Pinyin, InitialsTakeTheFirstLetterOfEachSyllable)
{
    EXPECT_EQ(toPinyinInitials("物业服务"), "wyfw");
    EXPECT_EQ(toPinyinInitials("中国"), "zg");
    EXPECT_EQ(toPinyinInitials("城乡建设"), "cxjs");
}

TEST(Pinyin, NonHanCharactersPassThroughLowerCased)
{
    EXPECT_EQ(toPinyin("A区物业"), "aquwuye");
    EXPECT_EQ(toPinyinInitials("12345热线"), "12345rx");
    EXPECT_EQ(toPinyin("APP 投诉"), "app tousu");
    EXPECT_EQ(toPinyin("ＷｉＦｉ"), "wifi"); // fullwidth letters as input methods type them
    EXPECT_EQ(toPinyin("Ωμέγα"), "ωμέγα");
    EXPECT_EQ(toPinyin(""), "");
}

TEST(Pinyin, PolyphonicCharactersKeepEveryReadingCustomaryFirst)
{
    const auto xing = syllablesOf(U'行');
    ASSERT_FALSE(xing.empty());
    EXPECT_EQ(xing.front(), "xing");
    EXPECT_TRUE(contains(xing, "hang"));
    const auto zhong = syllablesOf(U'重');
    ASSERT_FALSE(zhong.empty());
    EXPECT_EQ(zhong.front(), "zhong");
    EXPECT_TRUE(contains(zhong, "chong"));
    EXPECT_TRUE(contains(syllablesOf(U'长'), "chang"));
    EXPECT_TRUE(contains(syllablesOf(U'乐'), "yue"));
    // Tones are gone, so readings that differ only in tone are one syllable.
    const auto fu = syllablesOf(U'服');
    EXPECT_EQ(std::count(fu.begin(), fu.end(), "fu"), 1);
}

TEST(Pinyin, AlternativesSpellEveryCombinationCustomaryFirst)
{
    const auto bank = pinyinAlternatives("银行");
    ASSERT_GE(bank.size(), 2u);
    EXPECT_EQ(bank.front(), "yinxing");
    EXPECT_TRUE(contains(bank, "yinhang"));
    const auto chongqing = pinyinInitialsAlternatives("重庆");
    EXPECT_EQ(chongqing.front(), "zq");
    EXPECT_TRUE(contains(chongqing, "cq"));
    EXPECT_EQ(pinyinAlternatives("物业").size(), 1u);
    EXPECT_EQ(pinyinAlternatives("行行行行行行", 5).size(), 5u);
    EXPECT_EQ(pinyinAlternatives("", 5), std::vector<std::string>{""});
}

TEST(Pinyin, CharactersOutsideTheBasicPlaneAndCompatibilityIdeographs)
{
    EXPECT_EQ(toPinyin("\U00020000"), "he"); // CJK Extension B
    EXPECT_EQ(toPinyin("\U0002A263"), "lu"); // CJK Extension B, near its end
    EXPECT_EQ(toPinyin("\uFA18"), "li");     // a compatibility ideograph
    EXPECT_TRUE(pinyinReadings(U'a').empty());
    EXPECT_TRUE(pinyinReadings(U'\U0010FFFF').empty());
}

TEST(Pinyin, TableKnowsEverySyllableOnce)
{
    EXPECT_GT(pinyinSyllableCount(), 400u);
    EXPECT_LT(pinyinSyllableCount(), 450u);
    for (std::size_t i = 1; i < pinyinSyllableCount(); ++i)
        EXPECT_LT(pinyinSyllable(static_cast<std::uint16_t>(i - 1)),
                  pinyinSyllable(static_cast<std::uint16_t>(i)));
    EXPECT_TRUE(pinyinSyllable(static_cast<std::uint16_t>(pinyinSyllableCount())).empty());
    EXPECT_FALSE(pinyinDataVersion().empty());
}

TEST(SearchFold, FoldsCaseAndFullwidthForms)
{
    EXPECT_EQ(foldForSearch("Transport ÉTÉ Ĳ Ÿ Ž"), "transport été ĳ ÿ ž");
    EXPECT_EQ(foldForSearch("ＡＢＣ１２３"), "abc123");
    EXPECT_EQ(foldForSearch("物业"), "物业");
    EXPECT_EQ(foldForSearch("ПРИВЕТ"), "привет");
}

TEST(SearchFold, SplitsWordsAtSpacesAndSlashes)
{
    EXPECT_EQ(splitSearchWords("城乡 其他"), (std::vector<std::string>{"城乡", "其他"}));
    EXPECT_EQ(splitSearchWords("  城乡\u3000其他  "), (std::vector<std::string>{"城乡", "其他"}));
    EXPECT_EQ(splitSearchWords("城乡建设/其他"), (std::vector<std::string>{"城乡建设", "其他"}));
    EXPECT_EQ(splitSearchWords("WYFW"), std::vector<std::string>{"wyfw"});
    EXPECT_TRUE(splitSearchWords(" \t ").empty());
}
