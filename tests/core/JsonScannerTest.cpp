#include "io/JsonScanner.h"

#include "TestSupport.h"

#include <string>

using namespace assay::core;

namespace {

std::vector<JsonMember> scan(std::string_view text)
{
    std::vector<JsonMember> members;
    JsonScanError error;
    EXPECT_TRUE(JsonScanner::scanObject(text, members, error))
        << text << ": " << error.message << " at " << error.offset;
    return members;
}

} // namespace

TEST(JsonScanner, SplitsAnObjectIntoItsTopLevelMembers)
{
    const std::string text =
        R"({"id": 42, "text":"你好", "ok":true, "no":false, "none":null, "x":-1.5e+3})";
    const auto members = scan(text);
    ASSERT_EQ(members.size(), 6u);
    EXPECT_EQ(members[0].key, "id");
    EXPECT_EQ(members[0].kind, JsonKind::Number);
    EXPECT_EQ(members[0].raw, "42");
    EXPECT_EQ(members[1].key, "text");
    EXPECT_EQ(members[1].kind, JsonKind::String);
    EXPECT_EQ(members[1].raw, "\"你好\"");
    EXPECT_EQ(members[2].kind, JsonKind::True);
    EXPECT_EQ(members[3].kind, JsonKind::False);
    EXPECT_EQ(members[4].kind, JsonKind::Null);
    EXPECT_EQ(members[5].raw, "-1.5e+3");
}

TEST(JsonScanner, KeepsNestedValuesAsRawText)
{
    const std::string text =
        R"(  {"meta": {"a": [1, {"b": "}"}], "c": {}}, "list": [[], [null]]}  )";
    const auto members = scan(text);
    ASSERT_EQ(members.size(), 2u);
    EXPECT_EQ(members[0].kind, JsonKind::Object);
    EXPECT_EQ(members[0].raw, R"({"a": [1, {"b": "}"}], "c": {}})");
    EXPECT_EQ(members[1].kind, JsonKind::Array);
    EXPECT_EQ(members[1].raw, "[[], [null]]");
    EXPECT_TRUE(scan("{}").empty());
    EXPECT_TRUE(scan(" { } ").empty());
}

TEST(JsonScanner, DecodesKeysAndStringsWithEscapes)
{
    const auto members = scan(R"({"k\u0065y": "a\"b\\c\/d\n\t\r\b\f"})");
    ASSERT_EQ(members.size(), 1u);
    EXPECT_EQ(members[0].key, "key");
    EXPECT_EQ(JsonScanner::decodeString(members[0].raw), "a\"b\\c/d\n\t\r\b\f");
}

TEST(JsonScanner, DecodesUnicodeEscapesIncludingSurrogatePairs)
{
    EXPECT_EQ(JsonScanner::decodeString(R"("\u4e2d\u6587")"), "中文");
    EXPECT_EQ(JsonScanner::decodeString(R"("\u00e9")"), "\xC3\xA9");
    EXPECT_EQ(JsonScanner::decodeString(R"("\ud840\udc00")"), "\xF0\xA0\x80\x80");     // U+20000
    EXPECT_EQ(JsonScanner::decodeString(R"("x\uD83D\uDE00y")"), "x\xF0\x9F\x98\x80y"); // U+1F600
    // A lone surrogate has no UTF-8 form: it becomes U+FFFD instead of invalid bytes.
    EXPECT_EQ(JsonScanner::decodeString(R"("\ud840x")"), "\xEF\xBF\xBDx");
    EXPECT_EQ(JsonScanner::decodeString(R"("\udc00")"), "\xEF\xBF\xBD");
    EXPECT_EQ(JsonScanner::decodeString(R"("\ud840\u0041")"), "\xEF\xBF\xBD"
                                                              "A");
    EXPECT_EQ(JsonScanner::decodeString(R"("")"), "");
}

TEST(JsonScanner, ReportsEachKindOfErrorWithItsByteOffset)
{
    struct Case {
        std::string text;
        std::size_t offset;
        const char *message;
    };
    const Case cases[] = {
        {"", 0, "empty line"},
        {"   ", 3, "empty line"},
        {"[1, 2]", 0, "expected a JSON object"},
        {"{a: 1}", 1, "member name in double quotes"},
        {R"({"a": 1,})", 8, "member name in double quotes"},
        {R"({"a" 1})", 5, "expected ':'"},
        {R"({"a": 1 "b": 2})", 8, "expected ',' or '}'"},
        {R"({"a": 1)", 7, "not closed"},
        {R"({"a": })", 6, "unexpected character '}'"},
        {R"({"a": tru})", 6, "unexpected character"},
        {R"({"a": nul)", 6, "unexpected character"},
        {R"({"a": "x)", 8, "unterminated string"},
        {"{\"a\": \"x\ty\"}", 8, "control character"},
        {R"({"a": "\x"})", 8, "unknown escape '\\x'"},
        {R"({"a": "\u12"})", 7, "bad \\u escape"},
        {R"({"a": "\u12)", 7, "incomplete \\u escape"},
        {R"({"a": -})", 7, "bad number"},
        {R"({"a": 1.})", 8, "digits must follow '.'"},
        {R"({"a": 1e})", 8, "digits must follow the exponent"},
        {R"({"a": 01})", 7, "expected ',' or '}'"},
        {R"({"a": [1, 2})", 11, "expected ',' or ']'"},
        {R"({"a": {"b" 1}})", 11, "expected ':'"},
        {R"({"a": 1} x)", 9, "unexpected text after"},
        {R"({"a": 1}{"b": 2})", 8, "unexpected text after"},
    };
    for (const Case &c : cases) {
        std::vector<JsonMember> members;
        JsonScanError error;
        EXPECT_FALSE(JsonScanner::scanObject(c.text, members, error)) << c.text;
        EXPECT_EQ(error.offset, c.offset) << c.text << ": " << error.message;
        EXPECT_NE(error.message.find(c.message), std::string::npos)
            << c.text << ": got '" << error.message << "', expected '" << c.message << "'";
    }
}

TEST(JsonScanner, RefusesNestingDeeperThanTheLimit)
{
    const std::string deep = "{\"a\":" + std::string(600, '[') + std::string(600, ']') + "}";
    std::vector<JsonMember> members;
    JsonScanError error;
    EXPECT_FALSE(JsonScanner::scanObject(deep, members, error));
    EXPECT_NE(error.message.find("nested too deeply"), std::string::npos) << error.message;
    EXPECT_EQ(error.offset, 4u + 513u) << "at the first bracket past the limit of 512";

    const std::string fine = "{\"a\":" + std::string(100, '[') + std::string(100, ']') + "}";
    EXPECT_TRUE(JsonScanner::scanObject(fine, members, error)) << error.message;
}

TEST(JsonScanner, NamesKinds)
{
    EXPECT_STREQ(JsonScanner::kindName(JsonKind::String), "a string");
    EXPECT_STREQ(JsonScanner::kindName(JsonKind::Number), "a number");
    EXPECT_STREQ(JsonScanner::kindName(JsonKind::Array), "an array");
    EXPECT_STREQ(JsonScanner::kindName(JsonKind::True), "a boolean");
}

TEST(JsonScanner, FindsQuotesEscapesAndControlCharactersAtEveryPositionOfALongString)
{
    // Strings are scanned eight bytes at a time: put the byte that ends a plain run at
    // each offset of two words, after ASCII and after Chinese text.
    for (const std::string &prefix : {std::string(), std::string("中文")}) {
        for (std::size_t at = 0; at < 24; ++at) {
            const std::string before = prefix + std::string(at, 'a');
            const std::string after(19, 'b');
            const std::string escaped = "{\"t\":\"" + before + "\\\"" + after + "\",\"n\":1}";
            auto quoted = scan(escaped); // members view the text
            ASSERT_EQ(quoted.size(), 2u) << at;
            EXPECT_EQ(JsonScanner::decodeString(quoted[0].raw), before + "\"" + after);

            const std::string two = "{\"t\":\"" + before + "\",\"n\":\"" + after + "\"}";
            auto ended = scan(two);
            ASSERT_EQ(ended.size(), 2u) << at;
            EXPECT_EQ(JsonScanner::decodeString(ended[0].raw), before);

            std::vector<JsonMember> members;
            JsonScanError error;
            EXPECT_FALSE(JsonScanner::scanObject("{\"t\":\"" + before + "\x01" + after + "\"}",
                                                 members, error))
                << at;
            EXPECT_EQ(error.offset, 6 + before.size()) << at;
            EXPECT_NE(error.message.find("control character"), std::string::npos);
        }
    }
}
