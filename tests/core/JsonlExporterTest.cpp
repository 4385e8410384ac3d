#include "export/JsonlExporter.h"

#include "ProjectSnapshot.h"
#include "TestSupport.h"
#include "io/ItemImporter.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace assay;
using namespace assay::core;

namespace {

std::unique_ptr<Project> projectWithItems(const test::TempDir &dir, const std::string &input)
{
    auto project = test::createProject(dir);
    if (!project)
        return nullptr;
    ImportOptions options;
    options.path = input;
    const auto report = ItemImporter(*project).run(options);
    EXPECT_TRUE(report.ok) << report.failure.toString();
    return project;
}

std::vector<std::string> filesIn(const std::filesystem::path &directory)
{
    std::vector<std::string> names;
    for (const auto &entry : std::filesystem::directory_iterator(directory))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

TEST(JsonlExporter, GoldenItemsOnlyExport)
{
    test::TempDir dir;
    auto project = projectWithItems(dir, test::testData("export_items/input.jsonl"));
    ASSERT_TRUE(project);
    const auto output = dir.file("out.jsonl");
    auto report = JsonlExporter(*project).run(output);
    ASSAY_ASSERT_OK(report);
    EXPECT_EQ(report->items, 4);
    EXPECT_EQ(report->annotations, 0);
    EXPECT_EQ(test::readFile(output),
              test::readFile(test::testData("export_items/expected.jsonl")));
}

TEST(JsonlExporter, EveryLineIsValidJsonWithTheItemsText)
{
    test::TempDir dir;
    auto project = projectWithItems(dir, test::testData("export_items/input.jsonl"));
    ASSERT_TRUE(project);
    const auto output = dir.file("out.jsonl");
    ASSAY_ASSERT_OK(JsonlExporter(*project).run(output));
    std::istringstream lines(test::readFile(output));
    std::int64_t itemId = 0;
    for (std::string line; std::getline(lines, line);) {
        const auto json = nlohmann::json::parse(line);
        auto item = project->items().get(++itemId);
        ASSAY_ASSERT_OK(item);
        EXPECT_EQ(json["item"], itemId);
        EXPECT_EQ(json["text"].get<std::string>(), item->text);
        EXPECT_EQ(json["state"], "new");
    }
    EXPECT_EQ(itemId, 4);
}

TEST(JsonlExporter, TheSameProjectExportsToIdenticalFiles)
{
    test::TempDir dir;
    auto project = projectWithItems(dir, test::testData("export_items/input.jsonl"));
    ASSERT_TRUE(project);
    ASSAY_ASSERT_OK(JsonlExporter(*project).run(dir.file("a.jsonl")));
    ASSAY_ASSERT_OK(JsonlExporter(*project).run(dir.file("b.jsonl")));
    const std::string a = test::readFile(dir.file("a.jsonl"));
    EXPECT_FALSE(a.empty());
    EXPECT_EQ(a, test::readFile(dir.file("b.jsonl")));
}

TEST(JsonlExporter, AnExportThatCannotBeWrittenLeavesNoFile)
{
    test::TempDir dir;
    auto project = projectWithItems(dir, test::testData("export_items/input.jsonl"));
    ASSERT_TRUE(project);
    const auto before = test::snapshot(*project);
    const auto files = filesIn(dir.path());

    const auto nowhere = dir.file("no/such/folder/out.jsonl");
    auto missing = JsonlExporter(*project).run(nowhere);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_NE(missing.error().file.find("no/such/folder/out.jsonl"), std::string::npos);
    EXPECT_NE(missing.error().message.find("cannot write"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir.file("no")));

    // The file is written in full and then renamed; when the rename fails (the target is a
    // folder), the written file is removed too.
    std::filesystem::create_directory(dir.file("taken"));
    dir.write("taken/keep.txt", "x");
    auto taken = JsonlExporter(*project).run(dir.file("taken"));
    ASSERT_FALSE(taken.ok());
    EXPECT_EQ(taken.error().code, ErrorCode::Io);
    EXPECT_NE(taken.error().message.find("cannot rename"), std::string::npos)
        << taken.error().message;
    EXPECT_EQ(test::readFile(dir.file("taken/keep.txt")), "x");
    auto expected = files;
    expected.push_back("taken");
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(filesIn(dir.path()), expected) << "no partial file is left behind";
    EXPECT_EQ(test::snapshot(*project), before);

    // An export afterwards still works: the read transaction was closed.
    ASSAY_ASSERT_OK(JsonlExporter(*project).run(dir.file("fine.jsonl")));
}

TEST(JsonlExporter, CancellingStopsAndRemovesThePartialFile)
{
    test::TempDir dir;
    std::string content;
    for (int i = 0; i < 6000; ++i)
        content += "{\"text\": \"item " + std::to_string(i) + " " + std::string(300, 'x') + "\"}\n";
    auto project = projectWithItems(dir, dir.write("many.jsonl", content));
    ASSERT_TRUE(project);
    const auto output = dir.file("cancelled.jsonl");
    auto report =
        JsonlExporter(*project).run(output, [](std::uint64_t, std::uint64_t) { return false; });
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_FALSE(std::filesystem::exists(output));
    EXPECT_FALSE(std::filesystem::exists(output + ".part"));
}
