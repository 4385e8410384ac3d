#include "text/CjkSpacing.h"

#include "TestSupport.h"
#include "text/Utf8.h"

#include <filesystem>
#include <sstream>

using namespace assay;
using namespace assay::core;

namespace {

const std::string kExtB = "\xF0\xA0\x80\x80";  // U+20000
const std::string kExtB2 = "\xF0\xA0\x80\x81"; // U+20001

// The first seed page (a newspaper page extracted from print layout), or "" when absent.
std::string seedPage(const std::string &directory)
{
    for (const auto &entry : std::filesystem::directory_iterator(directory))
        if (entry.path().filename().string().rfind("000_", 0) == 0)
            return entry.path().string();
    return {};
}

bool isLayoutSpace(char32_t cp)
{
    return cp == U' ' || cp == U'\t' || cp == 0x3000 || cp == 0xA0;
}

// The text with every layout space removed: what removeCjkSpacing may not change.
std::string withoutSpaces(std::string_view text)
{
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        if (!isLayoutSpace(utf8::decode(text, pos)))
            out.append(text.substr(start, pos - start));
    }
    return out;
}

// Whether a run of layout spaces still stands between two CJK characters.
bool hasSpaceBetweenCjk(std::string_view text)
{
    char32_t before = 0;
    bool inSpaces = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::decode(text, pos);
        if (isLayoutSpace(cp)) {
            inSpaces = before != 0;
            continue;
        }
        if (inSpaces && utf8::isCjk(before) && utf8::isCjk(cp))
            return true;
        inSpaces = false;
        before = cp;
    }
    return false;
}

} // namespace

TEST(CjkSpacing, RemovesSpacesBetweenChineseCharacters)
{
    EXPECT_EQ(removeCjkSpacing("国 文 明"), "国文明");
    EXPECT_EQ(removeCjkSpacing("暨 全 国 文 明 城 市 、国 家 生 态 园 林"),
              "暨全国文明城市、国家生态园林");
    EXPECT_EQ(removeCjkSpacing("中\u3000\t 文"), "中文"); // ideographic space and tab too
    EXPECT_EQ(removeCjkSpacing(kExtB + " " + kExtB2 + " 中"), kExtB + kExtB2 + "中");
}

TEST(CjkSpacing, KeepsSpacesNextToLatinLettersAndDigits)
{
    EXPECT_EQ(removeCjkSpacing("hello world"), "hello world");
    EXPECT_EQ(removeCjkSpacing("Assay 是 一 个 tool"), "Assay 是一个 tool");
    EXPECT_EQ(removeCjkSpacing("遵循。”5 月 13 日，山 城"), "遵循。”5 月 13 日，山城");
    EXPECT_EQ(removeCjkSpacing("  中 文  "), "  中文  "); // edges have no CJK neighbour
    EXPECT_EQ(removeCjkSpacing(""), "");
    EXPECT_EQ(removeCjkSpacing("   "), "   ");
}

TEST(CjkSpacing, CleansPrintLayoutLinesOfARealNewspaperPage)
{
    ASSAY_REQUIRE_SHARED(seeds, "seeds");
    const std::string path = seedPage(seeds);
    if (path.empty())
        GTEST_SKIP() << "no 000_* seed page";
    std::istringstream page(test::readFile(path));
    int spacedLines = 0;
    int lines = 0;
    bool sawKnownLine = false;
    for (std::string line; std::getline(page, line); ++lines) {
        const std::string cleaned = removeCjkSpacing(line);
        ASSERT_TRUE(utf8::isValid(cleaned)) << line;
        EXPECT_FALSE(hasSpaceBetweenCjk(cleaned)) << line << "\n → " << cleaned;
        // Only spaces go; every other character stays, in order.
        EXPECT_EQ(withoutSpaces(cleaned), withoutSpaces(line)) << line;
        spacedLines += hasSpaceBetweenCjk(line);
        if (line == "暨 全 国 文 明 城 市 、国 家 生 态 园 林") {
            sawKnownLine = true;
            EXPECT_EQ(cleaned, "暨全国文明城市、国家生态园林");
        }
    }
    EXPECT_GT(lines, 100);
    EXPECT_GT(spacedLines, 50) << "the page should be full of print-layout spacing";
    EXPECT_TRUE(sawKnownLine);
}

TEST(CjkSpacing, AppendWrappedLineJoinsChineseWithoutAndEnglishWithASpace)
{
    std::string paragraph;
    appendWrappedLine(paragraph, "山城区将紧紧围绕");
    EXPECT_EQ(paragraph, "山城区将紧紧围绕");
    appendWrappedLine(paragraph, "全国文明城市");
    EXPECT_EQ(paragraph, "山城区将紧紧围绕全国文明城市");
    appendWrappedLine(paragraph, "");
    EXPECT_EQ(paragraph, "山城区将紧紧围绕全国文明城市");

    std::string english = "The hotline receives";
    appendWrappedLine(english, "tens of thousands");
    EXPECT_EQ(english, "The hotline receives tens of thousands");

    std::string mixed = "热线 12345";
    appendWrappedLine(mixed, "calls a day");
    EXPECT_EQ(mixed, "热线 12345 calls a day");
    appendWrappedLine(mixed, "，每天");
    EXPECT_EQ(mixed, "热线 12345 calls a day，每天"); // fullwidth comma is CJK

    std::string astral = "字" + kExtB;
    appendWrappedLine(astral, "中");
    EXPECT_EQ(astral, "字" + kExtB + "中"); // the last character is four bytes long
}
