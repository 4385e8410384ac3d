#include "model/Tokenizer.h"

#include <gtest/gtest.h>

using assay::core::Tokenizer;

TEST(Tokenizer, SplitsChineseIntoCharacters)
{
    EXPECT_EQ(Tokenizer::tokens("小区停车难"), "小 区 停 车 难");
}

TEST(Tokenizer, KeepsLatinAndDigitRunsAsLowerCaseWords)
{
    EXPECT_EQ(Tokenizer::tokens("iPhone12屏幕坏了，找APP客服"),
              "iphone12 屏 幕 坏 了 ， 找 app 客 服");
    EXPECT_EQ(Tokenizer::tokens("拨打12345热线"), "拨 打 12345 热 线");
}

TEST(Tokenizer, ReadsFullWidthLettersAndDigitsAsLatin)
{
    EXPECT_EQ(Tokenizer::tokens("ＷｉＦｉ１２３"), "wifi123");
}

TEST(Tokenizer, DropsWhiteSpaceIncludingIdeographicSpace)
{
    EXPECT_EQ(Tokenizer::tokens("  供\t暖\u3000不 足 \n"), "供 暖 不 足");
    EXPECT_EQ(Tokenizer::tokens(" \n\t"), "");
}

TEST(Tokenizer, PunctuationIsATokenAndSplitsWords)
{
    EXPECT_EQ(Tokenizer::tokens("a.b-c"), "a . b - c");
}

TEST(Tokenizer, DropsMalformedBytes)
{
    EXPECT_EQ(Tokenizer::tokens(std::string("ab\xff\xfe") + "cd"), "ab cd");
}

TEST(Tokenizer, AppendSeparatesFromWhatIsAlreadyThere)
{
    std::string line = "__label__7";
    EXPECT_EQ(Tokenizer::append("投诉", line), 2u);
    EXPECT_EQ(line, "__label__7 投 诉");
}
