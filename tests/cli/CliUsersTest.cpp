#include "CliSupport.h"
#include "TestSupport.h"

using namespace assay;
using test::cliRun;
using test::contains;

namespace {

class CliUsers : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(cliRun({"init", project}).code, 0); }

    std::string list(bool all = false)
    {
        std::vector<std::string> args = {"users", "list", project};
        if (all)
            args.push_back("--all");
        const auto run = cliRun(args);
        EXPECT_EQ(run.code, 0) << run.err;
        return run.out;
    }

    test::TempDir dir;
    const std::string project = dir.file("team.assay");
};

} // namespace

TEST_F(CliUsers, AddListAndSet)
{
    const auto alice = cliRun({"users", "add", project, "alice", "--roles", "annotator, reviewer",
                               "--password", "pw", "--display", "Alice 李"});
    ASSERT_EQ(alice.code, 0) << alice.err;
    EXPECT_EQ(alice.out, "added user alice (annotator,reviewer)\n");
    ASSERT_EQ(cliRun({"users", "add", project, "bob"}).code, 0);
    EXPECT_EQ(list(), "alice\tannotator,reviewer\tqualified\tpassword\n"
                      "bob\tannotator\tqualified\n");

    const auto set = cliRun({"users", "set", project, "alice", "--roles", "expert",
                             "--qualification", "trainee", "--password", "new"});
    ASSERT_EQ(set.code, 0) << set.err;
    EXPECT_EQ(set.out, "updated user alice\n");
    EXPECT_EQ(list(), "alice\texpert\ttrainee\tpassword\n"
                      "bob\tannotator\tqualified\n");
    {
        auto opened = core::Project::open(project);
        ASSAY_ASSERT_OK(opened);
        EXPECT_FALSE((*opened)->users().authenticate("alice", "pw").ok());
        ASSAY_ASSERT_OK((*opened)->users().authenticate("alice", "new"));
        EXPECT_EQ((*opened)->users().byName("alice")->displayName, "Alice 李");
        auto entries = (*opened)->audit().entries();
        ASSAY_ASSERT_OK(entries);
        EXPECT_EQ(entries->back().action, "users.set");
        EXPECT_EQ(entries->back().subject, "user:alice");
    }

    ASSERT_EQ(cliRun({"users", "set", project, "bob", "--deactivate"}).code, 0);
    EXPECT_EQ(list(), "alice\texpert\ttrainee\tpassword\n");
    EXPECT_EQ(list(true), "alice\texpert\ttrainee\tpassword\n"
                          "bob\tannotator\tqualified\tinactive\n");
    ASSERT_EQ(cliRun({"users", "set", project, "bob", "--activate"}).code, 0);
    EXPECT_TRUE(contains(list(), "bob\t"));
}

TEST_F(CliUsers, MistakesAreReportedAndChangeNothing)
{
    ASSERT_EQ(cliRun({"users", "add", project, "alice"}).code, 0);
    const std::string before = list(true);

    const auto again = cliRun({"users", "add", project, "alice"});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(contains(again.err, "a user 'alice' already exists")) << again.err;

    const auto role = cliRun({"users", "add", project, "carol", "--roles", "annotator,boss"});
    EXPECT_EQ(role.code, 1);
    EXPECT_TRUE(contains(role.err, "unknown role in 'annotator,boss'")) << role.err;

    const auto nobody = cliRun({"users", "set", project, "nobody", "--roles", "admin"});
    EXPECT_EQ(nobody.code, 1);
    EXPECT_TRUE(contains(nobody.err, "no user 'nobody'")) << nobody.err;

    const auto qualification =
        cliRun({"users", "set", project, "alice", "--qualification", "guru"});
    EXPECT_EQ(qualification.code, 1);
    EXPECT_TRUE(contains(qualification.err, "qualified, trainee or suspended"));

    const auto usage = cliRun({"users", "add", project});
    EXPECT_EQ(usage.code, 2);
    EXPECT_TRUE(contains(usage.err, "missing NAME"));

    EXPECT_EQ(list(true), before);
}
