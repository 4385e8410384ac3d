#include "io/ItemImporter.h"

#include "ImportFixture.h"
#include "io/Sha256.h"
#include "project/Clock.h"

#include <nlohmann/json.hpp>

using namespace assay;
using namespace assay::core;
using test::allItems;
using test::importFile;

TEST(ItemImporter, JsonlTakesTextAndIdAndKeepsEveryOtherMemberAsMetadata)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto path = dir.write(
        "items.jsonl", R"({"id": "a1", "text": "第一条", "source": "web", "tags": ["x", "y"]})"
                       "\n"
                       R"({"text": "  second  ", "id": 42, "n": {"k": 1.5e3, "s": "a b"}})"
                       "\n\n"
                       R"({"text": "no id here"})"
                       "\n");
    const auto report = importFile(*project, path);
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.format, "jsonl");
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0].text, "第一条");
    EXPECT_EQ(items[0].externalId, "a1");
    EXPECT_EQ(items[0].meta, R"({"source":"web","tags":["x","y"]})");
    EXPECT_EQ(items[0].length, 3);
    EXPECT_EQ(items[0].contentHash, contentHash("第一条"));
    EXPECT_EQ(items[1].text, "second") << "texts are trimmed";
    EXPECT_EQ(items[1].externalId, "42") << "a number is an id too";
    EXPECT_EQ(items[1].meta, R"({"n":{"k":1.5e3,"s":"a b"}})") << "compacted, strings intact";
    EXPECT_FALSE(items[2].externalId);
    EXPECT_EQ(items[2].meta, "");
    for (const Item &item : items) {
        EXPECT_EQ(item.state, ItemState::New);
        EXPECT_EQ(item.batchId, report.batchId);
    }
    EXPECT_EQ(project->items().stateCounts()->at(0), 3);
}

TEST(ItemImporter, TrimmingRemovesTheIdeographicSpacesThatIndentChineseText)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto path = dir.write(
        "items.csv", "id,text\n1,\"\n\t\t\xE3\x80\x80\xE3\x80\x80小区物业\xE3\x80\x80不作为\n\"\n");
    const auto report = importFile(*project, path);
    ASSERT_EQ(report.imported, 1) << report.failure.toString();
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].text, "小区物业\xE3\x80\x80不作为");
    EXPECT_EQ(items[0].length, 8);
}

TEST(ItemImporter, JsonlTextAndIdMembersAreChosenByName)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto path = dir.write("x.jsonl", R"({"uid": 7, "content": "正文", "text": "not this"})"
                                           "\n");
    ImportOptions options;
    options.textField = "content";
    options.idField = "uid";
    importFile(*project, path, options);
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].text, "正文");
    EXPECT_EQ(items[0].externalId, "7");
    EXPECT_EQ(items[0].meta, R"({"text":"not this"})");
}

TEST(ItemImporter, JsonlDottedTextFieldReachesIntoObjectsAndKeepsTheirOtherMembers)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto path = dir.write(
        "tasks.jsonl",
        R"({"id": 1, "data": {"text": "内\u5bb9 \ud840\udc00", "source": "hotline"}, "x": 1})"
        "\n"
        R"({"id": 2, "data": {"text": "only text"}})"
        "\n");
    ImportOptions options;
    options.textField = "data.text";
    importFile(*project, path, options);
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].text, "内容 \xF0\xA0\x80\x80") << "escapes and surrogate pairs decoded";
    EXPECT_EQ(items[0].length, 4);
    EXPECT_EQ(items[0].meta, R"({"data":{"source":"hotline"},"x":1})");
    EXPECT_EQ(items[1].text, "only text");
    EXPECT_EQ(items[1].meta, "");
}

TEST(ItemImporter, CsvWithHeaderMultiLineCellsAndAByteOrderMark)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto path = dir.write("items.csv", "\xEF\xBB\xBF"
                                             "编号,内容,来源\r\n"
                                             "1,\"第一行\r\n第二行, 有逗号\",网站\r\n"
                                             "\r\n"
                                             "2,\"他说\"\"好\"\"\",电话\r\n");
    ImportOptions options;
    options.textField = "内容";
    options.idField = "编号";
    const auto report = importFile(*project, path, options);
    EXPECT_EQ(report.format, "csv");
    EXPECT_EQ(report.encoding, "UTF-8 with BOM");
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].externalId, "1");
    EXPECT_EQ(items[0].text, "第一行\n第二行, 有逗号");
    EXPECT_EQ(items[0].meta, R"({"来源":"网站"})");
    EXPECT_EQ(items[1].text, "他说\"好\"");
    EXPECT_EQ(items[1].meta, R"({"来源":"电话"})");
}

TEST(ItemImporter, CsvInUtf16FromAnotherTool)
{
    ASSAY_REQUIRE_SHARED(path, "formats/doccano/import_fixtures/example.utf16.csv");
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    ImportOptions options;
    options.format = ItemFormat::Csv;
    const auto report = importFile(*project, path, options);
    EXPECT_EQ(report.encoding, "UTF-16LE");
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(items[0].text, "AAA");
    EXPECT_EQ(items[0].meta, R"({"label":"Positive"})");
    EXPECT_EQ(items[2].text, "CCC");
    EXPECT_EQ(items[2].meta, R"({"label":"Negative"})");
}

TEST(ItemImporter, TsvColumnsAreChosenByName)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto path = dir.write("items.tsv", "id\ttext\tlang\nk1\tHello, world\ten\n");
    const auto report = importFile(*project, path);
    EXPECT_EQ(report.format, "tsv");
    const auto items = allItems(*project);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].externalId, "k1");
    EXPECT_EQ(items[0].text, "Hello, world");
    EXPECT_EQ(items[0].meta, R"({"lang":"en"})");
}

TEST(ItemImporter, RecordsTheBatchWithTheFilesSha256AndAnAuditEntry)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const std::string content = "{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"a\"}\n";
    const auto path = dir.write("batch.jsonl", content);
    const std::int64_t before = nowMillis();
    const auto report = importFile(*project, path);
    const std::int64_t after = nowMillis();
    EXPECT_EQ(report.sha256, Sha256::hex(content));
    EXPECT_EQ(report.duplicateTexts, 1);

    auto batch = project->database().prepare(
        "SELECT source, format, sha256, imported_at, item_count, rejected_count, "
        "duplicate_count, options FROM batches WHERE id = ?");
    ASSAY_ASSERT_OK(batch);
    batch->bind(1, report.batchId);
    ASSERT_TRUE(*batch->step());
    EXPECT_EQ(batch->columnText(0), "batch.jsonl");
    EXPECT_EQ(batch->columnText(1), "jsonl");
    EXPECT_EQ(batch->columnText(2), Sha256::hex(content));
    EXPECT_GE(batch->columnInt(3), before);
    EXPECT_LE(batch->columnInt(3), after);
    EXPECT_EQ(batch->columnInt(4), 3);
    EXPECT_EQ(batch->columnInt(5), 0);
    EXPECT_EQ(batch->columnInt(6), 1);
    const auto options = nlohmann::json::parse(batch->columnText(7));
    EXPECT_EQ(options["text_field"], "text");
    EXPECT_EQ(options["encoding"], "UTF-8");

    auto entries = project->audit().entries();
    ASSAY_ASSERT_OK(entries);
    const AuditEntry &last = entries->back();
    EXPECT_EQ(last.action, "import");
    EXPECT_EQ(last.subject, "batch:" + std::to_string(report.batchId));
    const auto detail = nlohmann::json::parse(last.detail);
    EXPECT_EQ(detail["sha256"], Sha256::hex(content));
    EXPECT_EQ(detail["items"], 3);
    EXPECT_EQ(detail["duplicate_texts"], 1);
    EXPECT_EQ(detail["source"], "batch.jsonl");
}

TEST(ItemImporter, DuplicatesAcrossImportsAreWarnedAboutOrSkipped)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    const auto first = dir.write("one.jsonl", "{\"id\": \"1\", \"text\": \"same\"}\n");
    const auto second = dir.write("two.jsonl", "{\"id\": \"9\", \"text\": \"new\"}\n"
                                               "{\"id\": \"1\", \"text\": \"same\"}\n");
    importFile(*project, first);
    ImportOptions skip;
    skip.skipDuplicates = true;
    const auto report = importFile(*project, second, skip);
    EXPECT_EQ(report.imported, 1);
    EXPECT_EQ(report.duplicateIds, 1);
    EXPECT_EQ(report.skippedDuplicates, 1);
    ASSERT_FALSE(report.warnings.empty());
    EXPECT_EQ(report.warnings[0].line, 2);
    EXPECT_NE(report.warnings[0].message.find("already in the project"), std::string::npos)
        << report.warnings[0].message;
    EXPECT_EQ(*project->items().count(), 2);

    const auto kept = importFile(*project, second);
    EXPECT_EQ(kept.imported, 2);
    EXPECT_EQ(kept.duplicateTexts, 2);
    EXPECT_EQ(*project->items().countByExternalId("1"), 2);
}

TEST(ItemImporter, HotlineMessagesFromARealCsvExport)
{
    ASSAY_REQUIRE_SHARED(path, "zhengwu/fujian2.csv");
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    ImportOptions options;
    options.textField = "留言详情";
    options.idField = "留言编号";
    const auto report = importFile(*project, path, options);
    EXPECT_EQ(report.imported, 495);
    EXPECT_EQ(report.rejected, 0);
    EXPECT_EQ(report.duplicateIds, 1);
    EXPECT_EQ(report.duplicateTexts, 1);
    ASSERT_EQ(report.warnings.size(), 2u);
    for (const Error &warning : report.warnings) {
        EXPECT_EQ(warning.line, 1972) << warning.toString();
        EXPECT_EQ(warning.file, path); // the path as given, like row errors
    }
    EXPECT_NE(report.warnings[0].message.find("duplicate id '37042'"), std::string::npos)
        << report.warnings[0].message;
    EXPECT_NE(report.warnings[1].message.find("duplicate text"), std::string::npos);
    EXPECT_EQ(report.sha256, Sha256::hex(test::readFile(path)));
    EXPECT_EQ(*project->items().count(), 495);

    auto first = project->items().findByExternalId("24");
    ASSAY_ASSERT_OK(first);
    ASSERT_TRUE(*first);
    EXPECT_EQ((*first)->text.rfind("A3区大道西行便道", 0), 0u)
        << "padding trimmed: " << (*first)->text;
    const auto meta = nlohmann::json::parse((*first)->meta);
    EXPECT_EQ(meta["一级分类"], "城乡建设");
    EXPECT_EQ(meta["留言用户"], "A00074011");
    EXPECT_FALSE(meta.contains("留言详情"));
    EXPECT_FALSE(meta.contains("留言编号"));
}
