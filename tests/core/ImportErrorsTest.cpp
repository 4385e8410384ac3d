#include "ImportFixture.h"

using namespace assay;
using namespace assay::core;

namespace {

using Lines = std::vector<std::int64_t>;
using Texts = std::vector<std::string>;

class ImportErrors : public test::ImportFixture
{};

} // namespace

TEST_F(ImportErrors, EveryMalformedJsonLineIsReportedAndNothingIsImported)
{
    const auto path = dir.write("bad.jsonl", "{\"text\": \"good 1\"}\n"
                                             "{\"text\": \"x\",}\n"
                                             "{\"text\": \"good 2\"}\n"
                                             "{\"text\": \"unterminated}\n"
                                             "not json at all\n"
                                             "{\"text\": \"good 3\"}\n");
    const auto report = run(path);
    ASSERT_FALSE(report.ok);
    EXPECT_EQ(report.failure.code, ErrorCode::Validation);
    EXPECT_NE(report.failure.message.find("3 rows were rejected"), std::string::npos)
        << report.failure.message;
    EXPECT_NE(report.failure.file.find("bad.jsonl"), std::string::npos);
    EXPECT_EQ(report.imported, 0);
    EXPECT_EQ(errorLines(report), (Lines{2, 4, 5}));
    EXPECT_TRUE(allNameFileAnd(report, "bad.jsonl", "invalid JSON"));
    EXPECT_EQ(report.rowErrors[0].column, 14) << report.rowErrors[0].toString();
    EXPECT_EQ(report.rowErrors[2].column, 1);
    EXPECT_EQ(report.rowErrors[0].toString().rfind(path + ":2:14: invalid JSON", 0), 0u)
        << report.rowErrors[0].toString();
    expectUnchanged();

    ImportOptions skip;
    skip.skipBad = true;
    const auto skipped = run(path, skip);
    ASSERT_TRUE(skipped.ok) << skipped.failure.toString();
    EXPECT_EQ(skipped.imported, 3);
    EXPECT_EQ(skipped.rejected, 3);
    EXPECT_EQ(errorLines(skipped), (Lines{2, 4, 5}));
    EXPECT_EQ(texts(), (Texts{"earlier one", "earlier two", "good 1", "good 2", "good 3"}));
}

TEST_F(ImportErrors, MissingTextMemberNumberTextAndEmptyText)
{
    const auto path = dir.write("rows.jsonl", "{\"id\": 1, \"body\": \"wrong member\"}\n"
                                              "{\"text\": 12}\n"
                                              "{\"text\": \"\"}\n"
                                              "{\"text\": \"  \\t \"}\n"
                                              "{\"text\": \"fine\"}\n");
    const auto report = run(path);
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(errorLines(report), (Lines{1, 2, 3, 4}));
    EXPECT_NE(report.rowErrors[0].message.find("no member 'text' (members: id, body)"),
              std::string::npos)
        << report.rowErrors[0].message;
    EXPECT_NE(report.rowErrors[1].message.find("'text' is a number, expected a string"),
              std::string::npos)
        << report.rowErrors[1].message;
    EXPECT_NE(report.rowErrors[2].message.find("the text is empty"), std::string::npos);
    EXPECT_NE(report.rowErrors[3].message.find("the text is empty"), std::string::npos);
    for (const Error &error : report.rowErrors)
        EXPECT_NE(error.file.find("rows.jsonl"), std::string::npos);
    expectUnchanged();

    ImportOptions skip;
    skip.skipBad = true;
    const auto skipped = run(path, skip);
    ASSERT_TRUE(skipped.ok);
    EXPECT_EQ(skipped.rejected, 4);
    EXPECT_EQ(texts().back(), "fine");
    EXPECT_EQ(*project->items().count(), 3);
}

TEST_F(ImportErrors, AnIdFieldThatIsAskedForMustBeThere)
{
    const auto path = dir.write("ids.jsonl", "{\"key\": \"k1\", \"text\": \"a\"}\n"
                                             "{\"text\": \"b\"}\n"
                                             "{\"key\": [1], \"text\": \"c\"}\n");
    ImportOptions options;
    options.idField = "key";
    const auto report = run(path, options);
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(errorLines(report), (Lines{2, 3}));
    EXPECT_NE(report.rowErrors[0].message.find("no id member 'key'"), std::string::npos);
    EXPECT_NE(report.rowErrors[1].message.find("'key' is an array"), std::string::npos)
        << report.rowErrors[1].message;
    expectUnchanged();
}

TEST_F(ImportErrors, InvalidUtf8NamesLineAndColumnAndSuggestsGb18030)
{
    // 中文 in GB18030 where UTF-8 was expected.
    const auto path = dir.write("legacy.jsonl", "{\"text\": \"ok\"}\n"
                                                "{\"text\": \"\xD6\xD0\xCE\xC4\"}\n");
    const auto report = run(path);
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(errorLines(report), (Lines{2}));
    const Error &error = report.rowErrors[0];
    EXPECT_EQ(error.code, ErrorCode::Encoding);
    EXPECT_EQ(error.column, 11);
    EXPECT_NE(error.message.find("invalid UTF-8"), std::string::npos);
    EXPECT_NE(error.message.find("--encoding GB18030"), std::string::npos) << error.message;
    expectUnchanged();

    ImportOptions skip;
    skip.skipBad = true;
    const auto skipped = run(path, skip);
    ASSERT_TRUE(skipped.ok);
    EXPECT_EQ(skipped.imported, 1);

    const auto whole = dir.write("gb.jsonl", "{\"text\": \"\xD6\xD0\xCE\xC4\"}\n");
    ImportOptions gb;
    gb.encoding = "GB18030";
    const auto converted = run(whole, gb);
    ASSERT_TRUE(converted.ok) << converted.failure.toString();
    EXPECT_EQ(converted.encoding, "GB18030");
    EXPECT_EQ(texts().back(), "中文");
}

TEST_F(ImportErrors, AByteOrderMarkStartsTheFileButNotALaterLine)
{
    const auto good = dir.write("bom.jsonl", "\xEF\xBB\xBF{\"text\": \"with a BOM\"}\n");
    const auto report = run(good);
    ASSERT_TRUE(report.ok) << report.failure.toString();
    EXPECT_EQ(report.encoding, "UTF-8 with BOM");
    EXPECT_EQ(texts().back(), "with a BOM");
    before = test::snapshot(*project);

    const auto joined = dir.write("joined.jsonl", "{\"text\": \"part one\"}\n"
                                                  "\xEF\xBB\xBF{\"text\": \"part two\"}\n");
    const auto bad = run(joined);
    ASSERT_FALSE(bad.ok);
    ASSERT_EQ(errorLines(bad), (Lines{2}));
    EXPECT_NE(bad.rowErrors[0].message.find("byte-order mark"), std::string::npos)
        << bad.rowErrors[0].message;
    expectUnchanged();
}

TEST_F(ImportErrors, AHugeLineIsABadRowNotAnOutOfMemory)
{
    const std::string huge = "{\"text\": \"" + std::string(4000, 'x') + "\"}";
    const auto path =
        dir.write("huge.jsonl", "{\"text\": \"before\"}\n" + huge + "\n{\"text\": \"after\"}\n");
    ImportOptions options;
    options.maxLineBytes = 1024;
    const auto report = run(path, options);
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(errorLines(report), (Lines{2}));
    EXPECT_TRUE(allNameFileAnd(report, "huge.jsonl", "longer than 1 KiB"))
        << report.rowErrors[0].toString();
    expectUnchanged();

    options.skipBad = true;
    const auto skipped = run(path, options);
    ASSERT_TRUE(skipped.ok) << skipped.failure.toString();
    EXPECT_EQ(skipped.rejected, 1);
    EXPECT_EQ(texts(), (Texts{"earlier one", "earlier two", "before", "after"}));
}

TEST_F(ImportErrors, CsvRowWithTooManyColumns)
{
    ASSAY_REQUIRE_SHARED(
        path, "formats/doccano/import_fixtures/text_classification/example.invalid.2.csv");
    const auto report = run(path);
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(errorLines(report), (Lines{2}));
    EXPECT_TRUE(allNameFileAnd(report, "example.invalid.2.csv", "expected 2 columns, found 3"))
        << report.rowErrors[0].toString();
    expectUnchanged();

    ImportOptions skip;
    skip.skipBad = true;
    const auto skipped = run(path, skip);
    ASSERT_TRUE(skipped.ok);
    EXPECT_EQ(texts(), (Texts{"earlier one", "earlier two", "BBB", "CCC"}));
}

TEST_F(ImportErrors, CsvRowsWithEmptyText)
{
    ASSAY_REQUIRE_SHARED(path, "formats/doccano/import_fixtures/text_classification/example.csv");
    const auto report = run(path);
    ASSERT_FALSE(report.ok);
    EXPECT_EQ(errorLines(report), (Lines{4, 5}));
    EXPECT_TRUE(allNameFileAnd(report, "example.csv", "the text is empty"));
    expectUnchanged();

    ImportOptions skip;
    skip.skipBad = true;
    const auto skipped = run(path, skip);
    ASSERT_TRUE(skipped.ok);
    EXPECT_EQ(skipped.rejected, 2);
    EXPECT_EQ(texts(), (Texts{"earlier one", "earlier two", "exampleA", "exampleB"}));
}

TEST_F(ImportErrors, CsvWithoutTheTextColumn)
{
    const auto path = dir.write("cols.csv", "id,body\n1,x\n");
    const auto report = run(path);
    ASSERT_FALSE(report.ok);
    EXPECT_EQ(report.failure.line, 1);
    EXPECT_NE(report.failure.message.find("no column 'text' in the header (columns: id, body)"),
              std::string::npos)
        << report.failure.message;
    expectUnchanged();
}

TEST_F(ImportErrors, JsonlRowWithoutText)
{
    ASSAY_REQUIRE_SHARED(path, "formats/doccano/import_fixtures/sequence_labeling/example.jsonl");
    const auto report = run(path);
    ASSERT_FALSE(report.ok);
    ASSERT_EQ(errorLines(report), (Lines{3}));
    EXPECT_TRUE(allNameFileAnd(report, "example.jsonl", "no member 'text' (members: label, meta)"))
        << report.rowErrors[0].toString();
    expectUnchanged();

    ImportOptions skip;
    skip.skipBad = true;
    const auto skipped = run(path, skip);
    ASSERT_TRUE(skipped.ok);
    auto items = project->items().page(2, 10);
    ASSERT_EQ(items->size(), 2u);
    EXPECT_EQ((*items)[0].text, "exampleA");
    EXPECT_EQ((*items)[0].meta, R"({"label":[[0,1,"LOC"]],"meta":{"wikiPageID":1}})");
}
