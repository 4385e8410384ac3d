#pragma once

#include "project/Project.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
#include <string>

namespace assay::test {

/// A fresh directory under the system temp dir, removed with everything in it at the end.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    /// `name` inside the directory, as a string.
    std::string file(const std::string &name) const { return (m_path / name).string(); }
    /// Writes `content` to `name` and returns its path.
    std::string write(const std::string &name, const std::string &content) const;

private:
    std::filesystem::path m_path;
};

/// `relative` under ../shared/data, or nullopt when the shared data is not there.
std::optional<std::string> sharedData(const std::string &relative);

/// `relative` under tests/data (golden-file cases: one folder a case).
std::string testData(const std::string &relative);

/// Reads a whole file.
std::string readFile(const std::string &path);

/// Creates a project in `dir` and fails the test if that fails.
std::unique_ptr<core::Project> createProject(const TempDir &dir,
                                             const std::string &name = "test.assay");

/// Turns a current project back into the layout of schema version 2 (the uncertainty in the
/// items row, no item_scores table), keeping its scores, to test the migration from it.
void downgradeToVersion2(core::Database &db);

} // namespace assay::test

/// Skips the current test with a message when `relative` is missing from ../shared/data;
/// otherwise declares `var` holding its path.
#define ASSAY_REQUIRE_SHARED(var, relative)                                                        \
    const auto var##Optional = ::assay::test::sharedData(relative);                                \
    if (!var##Optional)                                                                            \
        GTEST_SKIP() << "shared data not found: " << (relative);                                   \
    const std::string var = *var##Optional

/// Asserts that a core Result or Status succeeded, printing its error otherwise.
#define ASSAY_ASSERT_OK(expr)                                                                      \
    do {                                                                                           \
        const auto &assayResult_ = (expr);                                                         \
        ASSERT_TRUE(assayResult_.ok()) << assayResult_.error().toString();                         \
    } while (false)
