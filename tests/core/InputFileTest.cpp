#include "io/InputFile.h"

#include "TestSupport.h"
#include "io/LineReader.h"
#include "io/Sha256.h"

using namespace assay;
using namespace assay::core;

namespace {

// Reads the whole file as UTF-8 in small pieces, so conversions cross buffer boundaries.
Result<std::string> readAll(InputFile &input, std::size_t piece = 7)
{
    std::string text;
    std::string buffer(piece, '\0');
    while (true) {
        auto got = input.read(buffer.data(), buffer.size());
        if (!got)
            return got.error();
        if (*got == 0)
            return text;
        text.append(buffer.data(), *got);
    }
}

std::string utf16Bytes(std::u16string_view text, bool littleEndian)
{
    std::string bytes;
    for (char16_t unit : text) {
        const char lo = static_cast<char>(unit & 0xFF);
        const char hi = static_cast<char>(unit >> 8);
        bytes += littleEndian ? lo : hi;
        bytes += littleEndian ? hi : lo;
    }
    return bytes;
}

const std::string kExtB = "\xF0\xA0\x80\x80"; // U+20000

} // namespace

TEST(InputFile, PassesUtf8ThroughAndHashesTheRawBytes)
{
    test::TempDir dir;
    const std::string content = "text\n中文 " + kExtB + "\n";
    const auto path = dir.write("plain.txt", content);
    auto input = InputFile::open(path);
    ASSAY_ASSERT_OK(input);
    EXPECT_EQ((*input)->encoding(), TextEncoding::Utf8);
    EXPECT_EQ((*input)->encodingName(), "UTF-8");
    EXPECT_EQ((*input)->size(), content.size());
    auto text = readAll(**input);
    ASSAY_ASSERT_OK(text);
    EXPECT_EQ(*text, content);
    EXPECT_EQ((*input)->bytesRead(), content.size());
    EXPECT_EQ((*input)->sha256(), Sha256::hex(content));
}

TEST(InputFile, DropsAUtf8ByteOrderMarkButHashesIt)
{
    test::TempDir dir;
    const std::string raw = "\xEF\xBB\xBF{\"text\": \"有BOM\"}\n";
    auto input = InputFile::open(dir.write("bom.jsonl", raw));
    ASSAY_ASSERT_OK(input);
    EXPECT_EQ((*input)->encodingName(), "UTF-8 with BOM");
    auto text = readAll(**input);
    ASSAY_ASSERT_OK(text);
    EXPECT_EQ(*text, raw.substr(3));
    EXPECT_EQ((*input)->sha256(), Sha256::hex(raw));
}

TEST(InputFile, ConvertsUtf16LittleEndianWithAByteOrderMark)
{
    ASSAY_REQUIRE_SHARED(path, "formats/doccano/import_fixtures/example.utf16.csv");
    auto input = InputFile::open(path);
    ASSAY_ASSERT_OK(input);
    EXPECT_EQ((*input)->encoding(), TextEncoding::Utf16LE);
    EXPECT_EQ((*input)->encodingName(), "UTF-16LE");
    auto text = readAll(**input);
    ASSAY_ASSERT_OK(text);
    EXPECT_EQ(*text, "text,label\r\nAAA,Positive\r\nBBB,Positive\r\nCCC,Negative");
    EXPECT_EQ((*input)->sha256(), Sha256::hex(test::readFile(path)));
}

TEST(InputFile, ConvertsSurrogatePairsFromUtf16)
{
    test::TempDir dir;
    const std::u16string text = u"a\U00020000中\U0001F600\n";
    for (bool littleEndian : {true, false}) {
        const std::string bom = littleEndian ? "\xFF\xFE" : "\xFE\xFF";
        auto input = InputFile::open(dir.write("astral.txt", bom + utf16Bytes(text, littleEndian)));
        ASSAY_ASSERT_OK(input);
        EXPECT_EQ((*input)->encoding(),
                  littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);
        auto read = readAll(**input, 5);
        ASSAY_ASSERT_OK(read);
        EXPECT_EQ(*read, "a" + kExtB + "中\xF0\x9F\x98\x80\n");
    }
}

TEST(InputFile, DetectsUtf16WithoutAByteOrderMark)
{
    test::TempDir dir;
    const std::u16string text = u"id,text\n1,hello world\n2,plain ASCII mostly\n";
    for (bool littleEndian : {true, false}) {
        auto input = InputFile::open(dir.write("nobom.csv", utf16Bytes(text, littleEndian)));
        ASSAY_ASSERT_OK(input);
        EXPECT_EQ((*input)->encoding(),
                  littleEndian ? TextEncoding::Utf16LE : TextEncoding::Utf16BE);
        auto read = readAll(**input);
        ASSAY_ASSERT_OK(read);
        EXPECT_EQ(*read, "id,text\n1,hello world\n2,plain ASCII mostly\n");
    }
}

TEST(InputFile, ConvertsANamedEncodingWithIconv)
{
    test::TempDir dir;
    // 中文 and U+20000 in GB18030 (two two-byte and one four-byte sequence).
    const auto path = dir.write("gb.txt", "\xD6\xD0\xCE\xC4\x95\x32\x82\x36\n");
    auto input = InputFile::open(path, "GB18030");
    ASSAY_ASSERT_OK(input);
    EXPECT_EQ((*input)->encoding(), TextEncoding::Other);
    EXPECT_EQ((*input)->encodingName(), "GB18030");
    auto read = readAll(**input, 5);
    ASSAY_ASSERT_OK(read);
    EXPECT_EQ(*read, "中文" + kExtB + "\n");

    auto lower = InputFile::open(path, "gb18030");
    ASSAY_ASSERT_OK(lower);
    EXPECT_EQ(*readAll(**lower), "中文" + kExtB + "\n");
}

TEST(InputFile, ConvertsCharactersSplitAcrossReadChunks)
{
    test::TempDir dir;
    // One ASCII byte first, so the 64 KiB reads split two-byte characters in half.
    std::string gb = "a";
    std::string expected = "a";
    for (int i = 0; i < 40000; ++i) {
        gb += "\xD6\xD0";
        expected += "中";
    }
    auto input = InputFile::open(dir.write("big.txt", gb), "GB18030");
    ASSAY_ASSERT_OK(input);
    auto read = readAll(**input, 4096);
    ASSAY_ASSERT_OK(read);
    EXPECT_EQ(read->size(), expected.size());
    EXPECT_TRUE(*read == expected);
    EXPECT_EQ((*input)->sha256(), Sha256::hex(gb));
}

TEST(InputFile, RefusesAnUnknownEncoding)
{
    test::TempDir dir;
    auto input = InputFile::open(dir.write("x.txt", "x"), "NO-SUCH-ENCODING");
    ASSERT_FALSE(input.ok());
    EXPECT_EQ(input.error().code, ErrorCode::Encoding);
    EXPECT_NE(input.error().message.find("unknown encoding 'NO-SUCH-ENCODING'"), std::string::npos);
    EXPECT_NE(input.error().file.find("x.txt"), std::string::npos);
}

TEST(InputFile, ReportsBytesThatAreNotValidInTheNamedEncoding)
{
    test::TempDir dir;
    auto input = InputFile::open(dir.write("bad.txt", "ok\xD6\xD0\xFF\xFF\n"), "GB18030");
    ASSAY_ASSERT_OK(input);
    auto read = readAll(**input);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::Encoding);
    EXPECT_NE(read.error().message.find("not valid GB18030"), std::string::npos)
        << read.error().message;
    EXPECT_NE(read.error().message.find("byte 4"), std::string::npos) << read.error().message;
}

TEST(InputFile, ReportsAFileThatEndsInsideAUtf16Character)
{
    test::TempDir dir;
    auto input = InputFile::open(dir.write("odd.txt", std::string("\xFF\xFE"
                                                                  "a\0b\0c",
                                                                  7)));
    ASSAY_ASSERT_OK(input);
    auto read = readAll(**input);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::Encoding);
    EXPECT_NE(read.error().message.find("ends inside a UTF-16LE character"), std::string::npos)
        << read.error().message;
}

TEST(InputFile, RefusesMissingFilesAndDirectories)
{
    test::TempDir dir;
    auto missing = InputFile::open(dir.file("missing.jsonl"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_NE(missing.error().file.find("missing.jsonl"), std::string::npos);
    EXPECT_NE(missing.error().message.find("No such file"), std::string::npos)
        << missing.error().message;

    auto directory = InputFile::open(dir.path().string());
    ASSERT_FALSE(directory.ok());
    EXPECT_EQ(directory.error().code, ErrorCode::Io);
    EXPECT_NE(directory.error().message.find("directory"), std::string::npos);
}

TEST(LineReader, SplitsLinesAndNumbersThem)
{
    test::TempDir dir;
    auto input = InputFile::open(dir.write("lines.txt", "one\r\ntwo\n\nfour\r\nlast"));
    ASSAY_ASSERT_OK(input);
    LineReader lines(**input);
    std::vector<std::pair<std::int64_t, std::string>> read;
    std::string_view line;
    while (true) {
        auto got = lines.next(line);
        ASSAY_ASSERT_OK(got);
        if (!*got)
            break;
        read.emplace_back(lines.lineNumber(), std::string(line));
    }
    const std::vector<std::pair<std::int64_t, std::string>> expected = {
        {1, "one"}, {2, "two"}, {3, ""}, {4, "four"}, {5, "last"}};
    EXPECT_EQ(read, expected);
}

TEST(LineReader, ALineOverTheLimitIsAnErrorNamingItAndReadingGoesOn)
{
    test::TempDir dir;
    const std::string longLine(5000, 'x');
    auto input =
        InputFile::open(dir.write("long.txt", "short\nalso short\n" + longLine + "\nafter\n"));
    ASSAY_ASSERT_OK(input);
    LineReader lines(**input, 1024);
    std::string_view line;
    ASSERT_TRUE(*lines.next(line));
    ASSERT_TRUE(*lines.next(line));
    auto got = lines.next(line);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, ErrorCode::ParseError);
    EXPECT_EQ(got.error().line, 3);
    EXPECT_NE(got.error().file.find("long.txt"), std::string::npos);
    EXPECT_NE(got.error().message.find("longer than 1 KiB"), std::string::npos)
        << got.error().message;
    EXPECT_TRUE(lines.skippedLongLine());
    auto after = lines.next(line);
    ASSAY_ASSERT_OK(after);
    ASSERT_TRUE(*after);
    EXPECT_EQ(line, "after");
    EXPECT_EQ(lines.lineNumber(), 4);
    EXPECT_FALSE(lines.skippedLongLine());
}

TEST(LineReader, ALineLongerThanTheReadBufferIsSkippedWithoutHoldingIt)
{
    test::TempDir dir;
    // 3 MiB without a newline: longer than the limit and than one read chunk (1 MiB).
    const std::string huge(3u << 20, 'y');
    auto input = InputFile::open(dir.write("huge.txt", "first\n" + huge + "\nthird"));
    ASSAY_ASSERT_OK(input);
    LineReader lines(**input, 100000);
    std::string_view line;
    ASSERT_TRUE(*lines.next(line));
    auto got = lines.next(line);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().line, 2);
    EXPECT_NE(got.error().message.find("100000 bytes"), std::string::npos) << got.error().message;
    auto third = lines.next(line);
    ASSAY_ASSERT_OK(third);
    ASSERT_TRUE(*third);
    EXPECT_EQ(line, "third");
    EXPECT_EQ(lines.lineNumber(), 3);
    EXPECT_FALSE(*lines.next(line));
}

TEST(LineReader, DescribesLimitsInReadableUnits)
{
    EXPECT_EQ(describeByteLimit(64u << 20), "64 MiB");
    EXPECT_EQ(describeByteLimit(1024), "1 KiB");
    EXPECT_EQ(describeByteLimit(1000), "1000 bytes");
}
