#pragma once

#include "ProjectSnapshot.h"
#include "TestSupport.h"
#include "io/ItemImporter.h"

#include <algorithm>

namespace assay::test {

/// Every item of the project, in id order.
inline std::vector<core::Item> allItems(core::Project &project)
{
    auto items = project.items().page(0, 100000);
    EXPECT_TRUE(items.ok());
    return items.ok() ? *items : std::vector<core::Item>{};
}

/// Imports `path` and fails the test when the import fails.
inline core::ImportReport importFile(core::Project &project, const std::string &path,
                                     core::ImportOptions options = {})
{
    options.path = path;
    core::ImportReport report = core::ItemImporter(project).run(options);
    EXPECT_TRUE(report.ok) << report.failure.toString();
    return report;
}

/// A project that already holds a good import, and a snapshot of it: bad input must leave
/// the project exactly like this.
class ImportFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = createProject(dir);
        ASSERT_TRUE(project);
        core::ImportOptions options;
        options.path = dir.write("earlier.jsonl", "{\"id\": \"e1\", \"text\": \"earlier one\"}\n"
                                                  "{\"id\": \"e2\", \"text\": \"earlier two\"}\n");
        const auto report = core::ItemImporter(*project).run(options);
        ASSERT_TRUE(report.ok) << report.failure.toString();
        before = snapshot(*project);
        ASSERT_EQ(before.items, 2);
    }

    core::ImportReport run(const std::string &path, core::ImportOptions options = {},
                           const core::ProgressCallback &progress = {})
    {
        options.path = path;
        return core::ItemImporter(*project).run(options, progress);
    }

    void expectUnchanged() { EXPECT_EQ(snapshot(*project), before); }

    /// The lines of the listed row errors, in order.
    static std::vector<std::int64_t> errorLines(const core::ImportReport &report)
    {
        std::vector<std::int64_t> lines;
        for (const core::Error &error : report.rowErrors)
            lines.push_back(error.line);
        return lines;
    }

    /// Whether every listed row error names `fileName` and `problem`.
    static bool allNameFileAnd(const core::ImportReport &report, const std::string &fileName,
                               const std::string &problem)
    {
        return !report.rowErrors.empty() &&
               std::all_of(report.rowErrors.begin(), report.rowErrors.end(),
                           [&](const core::Error &e) {
                               return e.file.find(fileName) != std::string::npos &&
                                      e.message.find(problem) != std::string::npos && e.line > 0;
                           });
    }

    std::vector<std::string> texts()
    {
        std::vector<std::string> all;
        auto items = project->items().page(0, 100000);
        EXPECT_TRUE(items.ok());
        if (items.ok())
            for (const core::Item &item : *items)
                all.push_back(item.text);
        return all;
    }

    TempDir dir;
    std::unique_ptr<core::Project> project;
    ProjectSnapshot before;
};

} // namespace assay::test
