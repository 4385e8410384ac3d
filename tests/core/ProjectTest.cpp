#include "project/Project.h"

#include "TestSupport.h"
#include "storage/Migrations.h"

#include <sqlite3.h>

using namespace assay;
using namespace assay::core;

TEST(Project, CreateThenOpenKeepsNameAndSettings)
{
    test::TempDir dir;
    {
        auto project = Project::create(dir.file("p.assay"), "热线");
        ASSAY_ASSERT_OK(project);
        EXPECT_EQ(*(*project)->name(), "热线");
    }
    auto reopened = Project::open(dir.file("p.assay"));
    ASSAY_ASSERT_OK(reopened);
    EXPECT_EQ(*(*reopened)->name(), "热线");
    auto journal = (*reopened)->database().prepare("PRAGMA journal_mode");
    ASSAY_ASSERT_OK(journal);
    ASSERT_TRUE(*journal->step());
    EXPECT_EQ(journal->columnText(0), "wal");
    EXPECT_EQ(*(*reopened)->database().queryInt("PRAGMA foreign_keys"), 1);
}

TEST(Project, CreateRefusesAnExistingFile)
{
    test::TempDir dir;
    const auto path = dir.write("exists.assay", "x");
    auto project = Project::create(path);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(test::readFile(path), "x");
}

TEST(Project, OpenRefusesAMissingFile)
{
    test::TempDir dir;
    auto project = Project::open(dir.file("missing.assay"));
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().code, ErrorCode::NotFound);
}

TEST(Project, OpenRefusesAFileThatIsNotADatabase)
{
    test::TempDir dir;
    const std::string content = "this is a text file, not a project\n";
    const auto path = dir.write("notes.assay", content);
    auto project = Project::open(path);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().code, ErrorCode::NotAProject);
    EXPECT_NE(project.error().message.find("notes.assay"), std::string::npos);
    EXPECT_EQ(test::readFile(path), content);
}

TEST(Project, OpenRefusesAnotherApplicationsDatabase)
{
    test::TempDir dir;
    const auto path = dir.file("other.db");
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto project = Project::open(path);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().code, ErrorCode::NotAProject);
}

TEST(Project, OpenRefusesANewerSchemaAndLeavesTheFileAlone)
{
    test::TempDir dir;
    const auto path = dir.file("future.assay");
    {
        auto project = Project::create(path);
        ASSAY_ASSERT_OK(project);
        ASSAY_ASSERT_OK((*project)->database().exec("PRAGMA user_version = " +
                                                    std::to_string(kSchemaVersion + 5)));
    }
    const std::string before = test::readFile(path);
    auto project = Project::open(path);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().code, ErrorCode::NewerVersion);
    EXPECT_NE(project.error().message.find("newer version of Assay"), std::string::npos);
    EXPECT_EQ(test::readFile(path), before);
}

TEST(Project, PolicyRoundTripsAndRejectsNonsense)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    Policy policy;
    policy.annotatorsPerItem = 3;
    policy.modelMode = ModelMode::Blind;
    ASSAY_ASSERT_OK(project->setPolicy(policy));
    auto read = project->policy();
    ASSAY_ASSERT_OK(read);
    EXPECT_EQ(read->annotatorsPerItem, 3);
    EXPECT_EQ(read->modelMode, ModelMode::Blind);

    policy.annotatorsPerItem = 0;
    EXPECT_FALSE(project->setPolicy(policy).ok());
    EXPECT_EQ(project->policy()->annotatorsPerItem, 3);
}

TEST(Project, AuditLogIsAppendOnly)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    ASSAY_ASSERT_OK(project->audit().record(std::nullopt, "test", "thing", "{}"));
    auto entries = project->audit().entries();
    ASSAY_ASSERT_OK(entries);
    ASSERT_GE(entries->size(), 2u); // project.create and ours
    EXPECT_EQ(entries->back().action, "test");
    EXPECT_FALSE(project->database().exec("UPDATE audit_log SET action = 'x'").ok());
    EXPECT_FALSE(project->database().exec("DELETE FROM audit_log").ok());
    EXPECT_EQ(project->audit().entries()->size(), entries->size());
}

TEST(Project, NestedTransactionsRollBackOnlyTheInnerPart)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    Database &db = project->database();
    auto outer = Transaction::begin(db);
    ASSAY_ASSERT_OK(outer);
    ASSAY_ASSERT_OK(project->setSetting("a", "1"));
    {
        auto inner = Transaction::begin(db);
        ASSAY_ASSERT_OK(inner);
        ASSAY_ASSERT_OK(project->setSetting("b", "2"));
    } // rolled back
    ASSAY_ASSERT_OK(outer->commit());
    EXPECT_EQ(*project->setting("a"), "1");
    EXPECT_EQ(*project->setting("b"), "");
}
