#include "ImportFixture.h"

#include <filesystem>

using namespace assay;
using namespace assay::core;

namespace {

class ImportFailure : public test::ImportFixture
{};

std::string manyRows(int count, std::size_t textBytes)
{
    std::string content;
    for (int i = 0; i < count; ++i)
        content += "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"" + std::to_string(i) +
                   ' ' + std::string(textBytes, 'x') + "\"}\n";
    return content;
}

} // namespace

TEST_F(ImportFailure, AnUnclosedQuoteStopsTheImportEvenWhenSkippingBadRows)
{
    const auto path = dir.write("open.csv", "id,text\n1,fine\n2,\"never closed\n3,more\n");
    for (bool skipBad : {false, true}) {
        ImportOptions options;
        options.skipBad = skipBad;
        const auto report = run(path, options);
        ASSERT_FALSE(report.ok);
        EXPECT_EQ(report.failure.code, ErrorCode::ParseError);
        EXPECT_EQ(report.failure.line, 3);
        EXPECT_NE(report.failure.file.find("open.csv"), std::string::npos);
        EXPECT_NE(report.failure.message.find("never closed"), std::string::npos);
        EXPECT_EQ(report.imported, 0);
        expectUnchanged();
    }
}

TEST_F(ImportFailure, AFileThatDoesNotExist)
{
    const auto report = run(dir.file("nowhere.jsonl"));
    ASSERT_FALSE(report.ok);
    EXPECT_EQ(report.failure.code, ErrorCode::Io);
    EXPECT_NE(report.failure.file.find("nowhere.jsonl"), std::string::npos);
    EXPECT_NE(report.failure.message.find("No such file"), std::string::npos)
        << report.failure.message;
    expectUnchanged();
}

TEST_F(ImportFailure, ADirectory)
{
    std::filesystem::create_directory(dir.file("folder.jsonl"));
    const auto report = run(dir.file("folder.jsonl"));
    ASSERT_FALSE(report.ok);
    EXPECT_EQ(report.failure.code, ErrorCode::Io);
    EXPECT_NE(report.failure.file.find("folder.jsonl"), std::string::npos);
    EXPECT_NE(report.failure.message.find("is a directory"), std::string::npos);
    expectUnchanged();
}

TEST_F(ImportFailure, CancellingThroughTheProgressCallbackLeavesNothing)
{
    const std::string content = manyRows(3000, 40);
    const auto path = dir.write("big.jsonl", content);
    std::uint64_t seenTotal = 0;
    int calls = 0;
    const auto report = run(path, {}, [&](std::uint64_t, std::uint64_t total) {
        seenTotal = total;
        ++calls;
        return false;
    });
    ASSERT_FALSE(report.ok);
    EXPECT_EQ(report.failure.code, ErrorCode::Cancelled);
    EXPECT_NE(report.failure.message.find("nothing was imported"), std::string::npos);
    EXPECT_EQ(calls, 1) << "the import stops at the first refusal";
    EXPECT_EQ(seenTotal, content.size());
    expectUnchanged();

    // The project is still usable: the same file imports when not cancelled.
    int progressCalls = 0;
    const auto again = run(path, {}, [&](std::uint64_t done, std::uint64_t total) {
        EXPECT_LE(done, total);
        ++progressCalls;
        return true;
    });
    ASSERT_TRUE(again.ok) << again.failure.toString();
    EXPECT_EQ(again.imported, 3000);
    EXPECT_GE(progressCalls, 1);
}

TEST_F(ImportFailure, AFullDiskLosesNothing)
{
    Database &db = project->database();
    auto pages = db.queryInt("PRAGMA page_count");
    ASSAY_ASSERT_OK(pages);
    // Room for a few more pages only: the import below needs hundreds.
    ASSAY_ASSERT_OK(db.exec("PRAGMA max_page_count = " + std::to_string(*pages + 4)));

    const auto path = dir.write("full.jsonl", manyRows(3000, 200));
    const auto report = run(path);
    ASSERT_FALSE(report.ok);
    EXPECT_EQ(report.failure.code, ErrorCode::DiskFull) << report.failure.toString();
    EXPECT_NE(report.failure.message.find("disk is full"), std::string::npos)
        << report.failure.message;
    expectUnchanged();
    EXPECT_EQ(texts(), (std::vector<std::string>{"earlier one", "earlier two"}));

    // Once there is room again, the same import goes through.
    ASSAY_ASSERT_OK(db.exec("PRAGMA max_page_count = 1073741823"));
    const auto retry = run(path);
    ASSERT_TRUE(retry.ok) << retry.failure.toString();
    EXPECT_EQ(retry.imported, 3000);
    auto check = db.prepare("PRAGMA integrity_check");
    ASSAY_ASSERT_OK(check);
    ASSERT_TRUE(*check->step());
    EXPECT_EQ(check->columnText(0), "ok");
}

TEST_F(ImportFailure, AFullDiskFoundWhileReopeningTheProjectKeepsEarlierItems)
{
    const std::string path = project->path();
    auto pages = project->database().queryInt("PRAGMA page_count");
    ASSAY_ASSERT_OK(pages);
    ASSAY_ASSERT_OK(
        project->database().exec("PRAGMA max_page_count = " + std::to_string(*pages + 2)));
    const auto report = run(dir.write("full.jsonl", manyRows(2000, 300)));
    ASSERT_FALSE(report.ok);
    EXPECT_EQ(report.failure.code, ErrorCode::DiskFull);
    project.reset();

    auto reopened = Project::open(path);
    ASSAY_ASSERT_OK(reopened);
    EXPECT_EQ(test::snapshot(**reopened), before);
}

TEST(ImportIntoAnEmptyProject, AFailureKeepsTheSchemaIndexesAndJournalMode)
{
    // Filling an empty project takes a faster path (indexes rebuilt at the end, a rollback
    // journal while importing): a failure on that path must leave the project as it was too.
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    Database &db = project->database();
    auto schemaText = [&] {
        std::string text;
        auto stmt =
            db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name");
        EXPECT_TRUE(stmt.ok());
        while (*stmt->step())
            text += stmt->columnString(0) + ' ' + stmt->columnString(1) + ": " +
                    stmt->columnString(2) + '\n';
        return text;
    };
    auto journalMode = [&] {
        auto stmt = db.prepare("PRAGMA journal_mode");
        EXPECT_TRUE(stmt.ok() && *stmt->step());
        return stmt->columnString(0);
    };
    const std::string schema = schemaText();
    ASSERT_NE(schema.find("items_content_hash"), std::string::npos);
    const auto before = test::snapshot(*project);

    ImportOptions bad;
    bad.path = dir.write("bad.jsonl", manyRows(2000, 20) + "{\"text\": 1}\n");
    const auto rejected = ItemImporter(*project).run(bad);
    ASSERT_FALSE(rejected.ok);
    EXPECT_EQ(rejected.rowErrors.at(0).line, 2001);
    EXPECT_EQ(schemaText(), schema);
    EXPECT_EQ(journalMode(), "wal");
    EXPECT_EQ(test::snapshot(*project), before);

    auto pages = db.queryInt("PRAGMA page_count");
    ASSAY_ASSERT_OK(pages);
    ASSAY_ASSERT_OK(db.exec("PRAGMA max_page_count = " + std::to_string(*pages + 2)));
    ImportOptions full;
    full.path = dir.write("full.jsonl", manyRows(3000, 300));
    const auto disk = ItemImporter(*project).run(full);
    ASSERT_FALSE(disk.ok);
    EXPECT_EQ(disk.failure.code, ErrorCode::DiskFull) << disk.failure.toString();
    EXPECT_EQ(schemaText(), schema);
    EXPECT_EQ(journalMode(), "wal");
    EXPECT_EQ(test::snapshot(*project), before);

    ASSAY_ASSERT_OK(db.exec("PRAGMA max_page_count = 1073741823"));
    const auto good = ItemImporter(*project).run(full);
    ASSERT_TRUE(good.ok) << good.failure.toString();
    EXPECT_EQ(schemaText(), schema) << "the indexes are rebuilt as they were";
    EXPECT_EQ(journalMode(), "wal");
}
