#include "io/CsvReader.h"

#include "TestSupport.h"
#include "io/InputFile.h"
#include "io/LineReader.h"

using namespace assay;
using namespace assay::core;

namespace {

struct Record {
    std::int64_t line;
    std::vector<std::string> fields;
};

// Reads every record of `content`; the error, if any, ends the list.
struct CsvRead {
    std::vector<Record> records;
    std::optional<Error> error;
};

CsvRead readCsv(const test::TempDir &dir, const std::string &content, char delimiter = ',')
{
    const std::string path = dir.write("input.csv", content);
    CsvRead result;
    auto input = InputFile::open(path);
    if (!input) {
        result.error = input.error();
        return result;
    }
    LineReader lines(**input);
    CsvReader csv(lines, delimiter);
    std::vector<std::string> fields;
    while (true) {
        auto got = csv.next(fields);
        if (!got) {
            result.error = got.error();
            break;
        }
        if (!*got)
            break;
        result.records.push_back({csv.recordLine(), fields});
    }
    return result;
}

using Fields = std::vector<std::string>;

} // namespace

TEST(CsvReader, ReadsPlainRecordsWithTheirLines)
{
    test::TempDir dir;
    const auto read = readCsv(dir, "id,text\n1,hello\n2,世界\n");
    ASSERT_FALSE(read.error) << read.error->toString();
    ASSERT_EQ(read.records.size(), 3u);
    EXPECT_EQ(read.records[0].fields, (Fields{"id", "text"}));
    EXPECT_EQ(read.records[2].fields, (Fields{"2", "世界"}));
    EXPECT_EQ(read.records[2].line, 3);
}

TEST(CsvReader, QuotedCellsSpanLinesAndKeepDelimitersAndDoubledQuotes)
{
    test::TempDir dir;
    const auto read = readCsv(dir, "id,text,tag\n"
                                   "1,\"first line\nsecond, with comma\n\nafter a blank\",x\n"
                                   "2,\"she said \"\"hi\"\"\",\"\"\n"
                                   "3,plain,\"a\"\"b\"\n");
    ASSERT_FALSE(read.error) << read.error->toString();
    ASSERT_EQ(read.records.size(), 4u);
    EXPECT_EQ(read.records[1].line, 2);
    EXPECT_EQ(read.records[1].fields,
              (Fields{"1", "first line\nsecond, with comma\n\nafter a blank", "x"}));
    EXPECT_EQ(read.records[2].line, 6) << "the record after a four-line cell starts on line 6";
    EXPECT_EQ(read.records[2].fields, (Fields{"2", "she said \"hi\"", ""}));
    EXPECT_EQ(read.records[3].line, 7);
    EXPECT_EQ(read.records[3].fields, (Fields{"3", "plain", "a\"b"}));
}

TEST(CsvReader, CrLfLineEndsAreRemovedAlsoInsideQuotedCells)
{
    test::TempDir dir;
    const auto read = readCsv(dir, "a,b\r\n\"x\r\ny\",2\r\nlast,3");
    ASSERT_FALSE(read.error) << read.error->toString();
    ASSERT_EQ(read.records.size(), 3u);
    EXPECT_EQ(read.records[1].fields, (Fields{"x\ny", "2"}));
    EXPECT_EQ(read.records[2].fields, (Fields{"last", "3"})) << "no newline at the end";
    EXPECT_EQ(read.records[2].line, 4);
}

TEST(CsvReader, BlankLinesAreRecordsOfOneEmptyFieldAndCountAsLines)
{
    test::TempDir dir;
    const auto read = readCsv(dir, "a,b\n\n1,2\n\n\n3,4\n");
    ASSERT_FALSE(read.error) << read.error->toString();
    ASSERT_EQ(read.records.size(), 6u);
    EXPECT_EQ(read.records[1].fields, (Fields{""}));
    EXPECT_EQ(read.records[2].line, 3);
    EXPECT_EQ(read.records[5].line, 6);
    EXPECT_EQ(read.records[5].fields, (Fields{"3", "4"}));
}

TEST(CsvReader, EmptyTrailingFieldsAreKept)
{
    test::TempDir dir;
    const auto read = readCsv(dir, "a,b,c\n1,,\n");
    ASSERT_FALSE(read.error);
    EXPECT_EQ(read.records[1].fields, (Fields{"1", "", ""}));
}

TEST(CsvReader, TabSeparatedValues)
{
    test::TempDir dir;
    const auto read = readCsv(dir, "id\ttext\n1\ta, b\n2\t\"x\ty\"\n", '\t');
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.records.size(), 3u);
    EXPECT_EQ(read.records[1].fields, (Fields{"1", "a, b"}));
    EXPECT_EQ(read.records[2].fields, (Fields{"2", "x\ty"}));
}

TEST(CsvReader, QuotesInsideUnquotedFieldsAreText)
{
    test::TempDir dir;
    const auto read = readCsv(dir, "a,b\n5\"2 inch,\"q\"tail\n");
    ASSERT_FALSE(read.error);
    EXPECT_EQ(read.records[1].fields, (Fields{"5\"2 inch", "qtail"}));
}

TEST(CsvReader, AnUnterminatedQuoteIsReportedAtTheLineWhereItStarts)
{
    test::TempDir dir;
    const auto read = readCsv(dir, "id,text\n1,ok\n2,\"never closed\n3,x\n4,y\n");
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->code, ErrorCode::ParseError);
    EXPECT_EQ(read.error->line, 3);
    EXPECT_NE(read.error->file.find("input.csv"), std::string::npos);
    EXPECT_NE(read.error->message.find("never closed"), std::string::npos) << read.error->message;
    EXPECT_EQ(read.records.size(), 2u);
}

TEST(CsvReader, AnUnterminatedQuoteInALaterCellOfAMultiLineRecord)
{
    test::TempDir dir;
    // The record starts on line 2; the unclosed quote opens on line 3.
    const auto read = readCsv(dir, "a,b,c\n\"multi\nline\",\"open\nmore\n");
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->line, 3);
}
