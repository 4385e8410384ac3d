#include "storage/BackgroundCheckpoint.h"

#include "TestSupport.h"
#include "storage/Database.h"

#include <filesystem>
#include <thread>

using namespace assay;
using namespace assay::core;

namespace {

// Writes enough audit rows to fill a few hundred pages of the write-ahead log.
void writeRows(Project &project)
{
    auto transaction = Transaction::begin(project.database());
    ASSERT_TRUE(transaction.ok());
    for (int i = 0; i < 3000; ++i)
        ASSERT_TRUE(
            project.audit()
                .record(std::nullopt, "test", "row " + std::to_string(i), std::string(200, 'x'))
                .ok());
    ASSERT_TRUE(transaction->commit().ok());
}

} // namespace

TEST(BackgroundCheckpoint, CopiesTheLogIntoTheFileOffTheWritingConnection)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    ASSAY_ASSERT_OK(BackgroundCheckpoint::disableAutomaticCheckpoints(project->database()));
    const auto fileSize = [&] {
        return std::filesystem::file_size(project->path());
    };
    const auto before = fileSize();
    writeRows(*project);
    EXPECT_EQ(fileSize(), before) << "without checkpoints the rows stay in the log";

    auto checkpoints = BackgroundCheckpoint::start(project->path(), std::chrono::milliseconds(5));
    ASSAY_ASSERT_OK(checkpoints);
    for (int i = 0; i < 400 && (*checkpoints)->checkpointsDone() == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    EXPECT_GT((*checkpoints)->checkpointsDone(), 0);
    EXPECT_GT(fileSize(), before + 500'000) << "the pages were copied into the file";

    // The writing connection goes on while the checkpoints run.
    writeRows(*project);
    checkpoints->reset();
    auto rows = project->audit().entries(0, 10000);
    ASSAY_ASSERT_OK(rows);
    EXPECT_EQ(rows->size(), 6001u) << "two batches of rows and the project's creation";
}

TEST(BackgroundCheckpoint, RefusesAMissingFile)
{
    test::TempDir dir;
    auto checkpoints =
        BackgroundCheckpoint::start(dir.file("missing.assay"), std::chrono::milliseconds(5));
    EXPECT_FALSE(checkpoints.ok());
}
