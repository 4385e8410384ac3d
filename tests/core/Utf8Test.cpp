#include "text/Utf8.h"

#include "TestSupport.h"

using namespace assay::core;

namespace {

// U+20000 (CJK extension B, four bytes in UTF-8, a surrogate pair in UTF-16) and U+1F600.
const std::string kExtB = "\xF0\xA0\x80\x80";
const std::string kEmoji = "\xF0\x9F\x98\x80";

} // namespace

TEST(Utf8, DecodesOneToFourByteSequencesAndAdvances)
{
    const std::string text = "a\xC3\xA9中" + kExtB + kEmoji;
    std::size_t pos = 0;
    EXPECT_EQ(utf8::decode(text, pos), U'a');
    EXPECT_EQ(pos, 1u);
    EXPECT_EQ(utf8::decode(text, pos), U'\u00E9');
    EXPECT_EQ(pos, 3u);
    EXPECT_EQ(utf8::decode(text, pos), U'中');
    EXPECT_EQ(pos, 6u);
    EXPECT_EQ(utf8::decode(text, pos), char32_t(0x20000));
    EXPECT_EQ(pos, 10u);
    EXPECT_EQ(utf8::decode(text, pos), char32_t(0x1F600));
    EXPECT_EQ(pos, text.size());
}

TEST(Utf8, MalformedBytesDecodeAsReplacementOneByteAtATime)
{
    const std::string text = "\x80\xE4\xB8"; // a stray continuation, then a truncated 中
    std::size_t pos = 0;
    EXPECT_EQ(utf8::decode(text, pos), utf8::kReplacement);
    EXPECT_EQ(pos, 1u);
    EXPECT_EQ(utf8::decode(text, pos), utf8::kReplacement);
    EXPECT_EQ(pos, 2u);
    EXPECT_EQ(utf8::decode(text, pos), utf8::kReplacement);
    EXPECT_EQ(pos, 3u);
}

TEST(Utf8, AppendEncodesWhatDecodeReads)
{
    for (char32_t cp :
         {char32_t(0x24), char32_t(0xA2), char32_t(0x4E2D), char32_t(0xFFFD), char32_t(0x10000),
          char32_t(0x20000), char32_t(0x1F600), char32_t(0x10FFFF)}) {
        std::string out;
        utf8::append(out, cp);
        EXPECT_TRUE(utf8::isValid(out)) << std::hex << static_cast<std::uint32_t>(cp);
        std::size_t pos = 0;
        EXPECT_EQ(utf8::decode(out, pos), cp);
        EXPECT_EQ(pos, out.size());
    }
    std::string out;
    utf8::append(out, 0x20000);
    EXPECT_EQ(out, kExtB);
}

TEST(Utf8, ValidatesWellFormedTextIncludingAstralCharacters)
{
    EXPECT_TRUE(utf8::isValid(""));
    EXPECT_TRUE(utf8::isValid("plain ASCII that is longer than eight bytes"));
    EXPECT_TRUE(utf8::isValid("中文 " + kExtB + " and " + kEmoji));
}

TEST(Utf8, ReportsTheOffsetOfTheFirstBadSequence)
{
    struct Case {
        std::string text;
        std::size_t offset;
        const char *what;
    };
    const Case cases[] = {
        {"abc\x80", 3, "stray continuation byte"},
        {"ab\xC0\x80", 2, "overlong NUL"},
        {"\xE0\x80\xAF", 0, "overlong three-byte"},
        {"x\xED\xA0\x80", 1, "UTF-16 surrogate"},
        {"\xF4\x90\x80\x80", 0, "past U+10FFFF"},
        {"\xF5\x80\x80\x80", 0, "lead byte F5"},
        {"ok" + kExtB.substr(0, 3), 2, "truncated four-byte sequence"},
        // After a run of ASCII longer than the eight-byte fast path.
        {"0123456789abcdef\xFF", 16, "0xFF after ASCII"},
        {"中文" + std::string("\xD6\xD0"), 6, "GB18030 bytes after UTF-8"},
    };
    for (const Case &c : cases) {
        std::size_t bad = 999;
        EXPECT_FALSE(utf8::isValid(c.text, &bad)) << c.what;
        EXPECT_EQ(bad, c.offset) << c.what;
    }
}

TEST(Utf8, LengthCountsCodePointsNotBytes)
{
    EXPECT_EQ(utf8::length(""), 0u);
    EXPECT_EQ(utf8::length("abc"), 3u);
    EXPECT_EQ(utf8::length("中文"), 2u);
    EXPECT_EQ(utf8::length("a" + kExtB + kEmoji + "中"), 4u);
}

TEST(Utf8, ByteOffsetAndSliceWorkInCodePoints)
{
    const std::string text = "a中" + kExtB + kEmoji + "b";
    EXPECT_EQ(utf8::byteOffset(text, 0), 0u);
    EXPECT_EQ(utf8::byteOffset(text, 1), 1u);
    EXPECT_EQ(utf8::byteOffset(text, 2), 4u);
    EXPECT_EQ(utf8::byteOffset(text, 3), 8u);
    EXPECT_EQ(utf8::byteOffset(text, 4), 12u);
    EXPECT_EQ(utf8::byteOffset(text, 99), text.size());

    EXPECT_EQ(utf8::slice(text, 1, 3), "中" + kExtB);
    EXPECT_EQ(utf8::slice(text, 2, 4), kExtB + kEmoji);
    EXPECT_EQ(utf8::slice(text, 3, 5), kEmoji + "b");
    EXPECT_EQ(utf8::slice(text, 0, 99), text);
    EXPECT_EQ(utf8::slice(text, 3, 3), "");
    EXPECT_EQ(utf8::slice(text, 4, 2), "");
    EXPECT_EQ(utf8::slice(text, 7, 9), "");
}

TEST(Utf8, Utf16LengthCountsSurrogatePairsAsTwoUnits)
{
    const std::string text = "a中" + kExtB + kEmoji + "b";
    EXPECT_EQ(utf8::utf16Length(text, 0), 0u);
    EXPECT_EQ(utf8::utf16Length(text, 2), 2u);
    EXPECT_EQ(utf8::utf16Length(text, 3), 4u);
    EXPECT_EQ(utf8::utf16Length(text, 4), 6u);
    EXPECT_EQ(utf8::utf16Length(text, 5), 7u);
    EXPECT_EQ(utf8::utf16Length(text, 50), 7u); // clamped to the text
}

TEST(Utf8, ClassifiesHanAndOtherCjkCharacters)
{
    EXPECT_TRUE(utf8::isHan(U'中'));
    EXPECT_TRUE(utf8::isHan(0x20000));
    EXPECT_TRUE(utf8::isHan(0x3400));
    EXPECT_FALSE(utf8::isHan(U'，'));
    EXPECT_FALSE(utf8::isHan(U'a'));
    EXPECT_TRUE(utf8::isCjk(U'，'));
    EXPECT_TRUE(utf8::isCjk(U'。'));
    EXPECT_TRUE(utf8::isCjk(U'か'));
    EXPECT_TRUE(utf8::isCjk(0x20000));
    EXPECT_FALSE(utf8::isCjk(U'a'));
    EXPECT_FALSE(utf8::isCjk(U'5'));
    EXPECT_FALSE(utf8::isCjk(0x1F600));
}

TEST(Utf8, TrimRemovesWhiteSpaceOfEveryScriptOnlyAtTheEnds)
{
    EXPECT_EQ(utf8::trim("\xE3\x80\x80\xE3\x80\x80投诉内容\xE3\x80\x80"), "投诉内容");
    EXPECT_EQ(utf8::trim(" \t\n\xC2\xA0"
                         "a b\r\n"),
              "a b");
    EXPECT_EQ(utf8::trim("内\xE3\x80\x80容"), "内\xE3\x80\x80容") << "inner spaces stay";
    EXPECT_EQ(utf8::trim("\xE3\x80\x80 \t"), "");
    EXPECT_EQ(utf8::trim(""), "");
    EXPECT_TRUE(utf8::isSpace(0x3000));
    EXPECT_FALSE(utf8::isSpace(U'中'));
}
