#include "ImportFixture.h"
#include "text/Utf8.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace assay;
using namespace assay::core;
using test::allItems;
using test::importFile;

namespace {

// The text without spaces of any kind (ASCII, ideographic, no-break) or line ends.
std::string withoutSpaces(std::string text)
{
    for (const char *space : {"\u3000", "\u00A0"})
        for (std::size_t at; (at = text.find(space)) != std::string::npos;)
            text.erase(at, std::string_view(space).size());
    std::erase_if(text, [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    });
    return text;
}

bool isBlankLine(const std::string &line)
{
    return withoutSpaces(line).empty();
}

// Whether any space is left between two Han characters.
bool hasSpaceBetweenHan(std::string_view text)
{
    char32_t before = 0;
    bool spaced = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::decode(text, pos);
        if (cp == U' ' || cp == 0x3000) {
            spaced = true;
            continue;
        }
        if (spaced && utf8::isHan(before) && utf8::isHan(cp))
            return true;
        spaced = false;
        before = cp;
    }
    return false;
}

} // namespace

TEST(TextImport, PlainTextOneItemPerLineOrPerParagraph)
{
    test::TempDir dir;
    const auto path = dir.write("notes.txt", "first line\n\n  second line  \nthird\n\n\n"
                                             "中文第一行\n接着第二行\n");
    {
        auto project = test::createProject(dir, "lines.assay");
        ASSERT_TRUE(project);
        importFile(*project, path);
        const auto items = allItems(*project);
        ASSERT_EQ(items.size(), 5u);
        EXPECT_EQ(items[1].text, "second line");
        EXPECT_EQ(items[1].meta, R"({"line":3})");
        EXPECT_EQ(items[4].text, "接着第二行");
        EXPECT_EQ(items[4].meta, R"({"line":8})");
    }
    auto project = test::createProject(dir, "paragraphs.assay");
    ASSERT_TRUE(project);
    ImportOptions options;
    options.split = TextSplit::Paragraphs;
    importFile(*project, path, options);
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0].text, "first line");
    EXPECT_EQ(items[1].text, "second line third") << "wrapped English lines get a space";
    EXPECT_EQ(items[1].meta, R"({"line":3})");
    EXPECT_EQ(items[2].text, "中文第一行接着第二行") << "wrapped Chinese lines do not";
    EXPECT_EQ(items[2].meta, R"({"line":7})");
}

TEST(TextImport, DoubleSpacedPrintLayoutJoinsLinesUntilASentenceEnds)
{
    // Print layout that puts a blank line after every line: a blank line alone does not end
    // a paragraph there; a sentence end or two blank lines do.
    const std::vector<std::string> lines = {
        "今天上午", "市政府召开", "新闻发布会。", "会议指出", "要加快",     "推进建设",
        "工作！",   "热线电话",   "全年受理",     "群众诉求", "超过十万件", "件件有回音。"};
    std::string content;
    for (const std::string &line : lines)
        content += line + (line == "热线电话" ? "\n\n\n" : "\n\n");
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    ImportOptions options;
    options.split = TextSplit::Paragraphs;
    importFile(*project, dir.write("double.txt", content), options);
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 4u);
    EXPECT_EQ(items[0].text, "今天上午市政府召开新闻发布会。");
    EXPECT_EQ(items[0].meta, R"({"line":1})");
    EXPECT_EQ(items[1].text, "会议指出要加快推进建设工作！");
    EXPECT_EQ(items[1].meta, R"({"line":7})");
    EXPECT_EQ(items[2].text, "热线电话");
    EXPECT_EQ(items[3].text, "全年受理群众诉求超过十万件件件有回音。");
    EXPECT_EQ(items[3].meta, R"({"line":18})");
}

TEST(TextImport, ParagraphsOfNewspaperPagesWithPrintLayoutSpacingRemoved)
{
    ASSAY_REQUIRE_SHARED(seeds, "seeds");
    std::vector<std::string> pages;
    for (const auto &entry : std::filesystem::directory_iterator(seeds))
        pages.push_back(entry.path().string());
    std::sort(pages.begin(), pages.end());
    ASSERT_FALSE(pages.empty());
    test::TempDir dir;
    std::ptrdiff_t spacedLines = 0;
    for (const std::string &path : pages) {
        SCOPED_TRACE(path);
        std::vector<std::string> lines;
        std::istringstream page(test::readFile(path));
        std::string allLines;
        std::size_t textLines = 0;
        for (std::string line; std::getline(page, line);) {
            lines.push_back(line);
            if (!isBlankLine(line)) {
                allLines += line;
                ++textLines;
            }
        }
        spacedLines += std::count_if(lines.begin(), lines.end(), [](const std::string &line) {
            return hasSpaceBetweenHan(line);
        });

        auto project =
            test::createProject(dir, std::filesystem::path(path).stem().string() + ".assay");
        ASSERT_TRUE(project);
        ImportOptions options;
        options.split = TextSplit::Paragraphs;
        options.removeCjkSpacing = true;
        importFile(*project, path, options);
        const auto items = allItems(*project);
        ASSERT_FALSE(items.empty());
        EXPECT_LE(items.size(), textLines);
        std::string allItems;
        std::size_t previous = 0;
        for (const Item &item : items) {
            // Each paragraph starts on a text line, in file order, with that line's text.
            const auto first = nlohmann::json::parse(item.meta)["line"].get<std::size_t>();
            EXPECT_GT(first, previous);
            previous = first;
            ASSERT_LE(first, lines.size());
            EXPECT_FALSE(isBlankLine(lines[first - 1]));
            EXPECT_EQ(withoutSpaces(item.text).rfind(withoutSpaces(lines[first - 1]), 0), 0u)
                << item.text;
            EXPECT_FALSE(hasSpaceBetweenHan(item.text)) << item.text;
            allItems += item.text;
        }
        // Nothing is lost or repeated: the same characters, only spaces removed.
        EXPECT_EQ(withoutSpaces(allItems), withoutSpaces(allLines));
        if (std::filesystem::path(path).filename().string().rfind("000_", 0) == 0) {
            EXPECT_LT(items.size(), textLines / 2)
                << "a double-spaced page: sentences broken over lines are joined";
        }
    }
    EXPECT_GT(spacedLines, 100) << "the pages should have had print-layout spacing to remove";
}
