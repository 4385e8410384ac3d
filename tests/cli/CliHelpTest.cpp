#include "CliSupport.h"
#include "TestSupport.h"

#include <filesystem>

using namespace assay;
using test::cliRun;
using test::contains;

TEST(CliHelp, EveryVerbPrintsItsUsageAndExitsZero)
{
    ASSERT_GE(cli::allCommands().size(), 7u);
    for (const cli::Command &command : cli::allCommands()) {
        const auto run = cliRun({command.name, "--help"});
        EXPECT_EQ(run.code, 0) << command.name << ": " << run.err;
        EXPECT_TRUE(contains(run.out, "usage: assay " + command.name)) << command.name << ":\n"
                                                                       << run.out;
        EXPECT_EQ(run.err, "") << command.name;
    }
}

TEST(CliHelp, EverySubVerbPrintsItsUsageToo)
{
    const std::vector<std::pair<std::string, std::string>> subVerbs = {
        {"schema", "add-field"}, {"schema", "import"},      {"schema", "show"},
        {"users", "add"},        {"users", "list"},         {"users", "set"},
        {"model", "train"},      {"model", "predict"},      {"model", "eval"},
        {"model", "list"},       {"model", "evaluate-data"}};
    for (const auto &[group, sub] : subVerbs) {
        const auto run = cliRun({group, sub, "--help"});
        EXPECT_EQ(run.code, 0) << group << " " << sub;
        EXPECT_TRUE(contains(run.out, "usage: assay " + group + " " + sub)) << run.out;
        EXPECT_TRUE(contains(run.out, "--help")) << run.out;
    }
    const auto groupHelp = cliRun({"users", "--help"});
    EXPECT_EQ(groupHelp.code, 0);
    EXPECT_TRUE(contains(groupHelp.out, "add|list|set")) << groupHelp.out;
}

TEST(CliHelp, TheToolListsItsVerbs)
{
    const auto help = cliRun({"--help"});
    EXPECT_EQ(help.code, 0);
    for (const cli::Command &command : cli::allCommands())
        EXPECT_TRUE(contains(help.out, "  " + command.name + " ")) << command.name;
    const auto version = cliRun({"--version"});
    EXPECT_EQ(version.code, 0);
    EXPECT_EQ(version.out.rfind("assay ", 0), 0u) << version.out;

    const auto nothing = cliRun({});
    EXPECT_EQ(nothing.code, 2);
    EXPECT_EQ(nothing.out, "");
    EXPECT_TRUE(contains(nothing.err, "usage: assay <command>"));
}

TEST(CliHelp, UnknownVerbsAndOptionsExitTwo)
{
    test::TempDir dir;
    const std::string project = dir.file("p.assay");
    struct Case {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"frobnicate"}, "unknown command 'frobnicate'"},
        {{"init", project, "--bogus"}, "unknown option --bogus"},
        {{"init"}, "missing FILE"},
        {{"init", project, "extra"}, "unexpected argument 'extra'"},
        {{"import", project}, "missing INPUT"},
        {{"import", project, "in.jsonl", "--format"}, "--format needs a value"},
        {{"stats", project, "--json=yes"}, "--json takes no value"},
        {{"schema", "drop", project}, "unknown schema command 'drop'"},
        {{"schema"}, "usage: assay schema"},
        {{"users", "remove", project, "x"}, "unknown users command 'remove'"},
    };
    for (const Case &c : cases) {
        const auto run = cliRun(c.args);
        EXPECT_EQ(run.code, 2) << c.args[0] << ": " << run.err;
        EXPECT_TRUE(contains(run.err, c.message)) << "expected '" << c.message << "' in:\n"
                                                  << run.err;
        EXPECT_EQ(run.out, "");
    }
    EXPECT_FALSE(std::filesystem::exists(project)) << "a usage error does nothing";
}

TEST(CliHelp, AFailureExitsOneWithTheReasonOnStderr)
{
    test::TempDir dir;
    const auto missing = cliRun({"stats", dir.file("missing.assay")});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(contains(missing.err, "no such project file")) << missing.err;
    EXPECT_EQ(missing.err.rfind("assay: ", 0), 0u);

    ASSERT_EQ(cliRun({"init", dir.file("p.assay")}).code, 0);
    const auto again = cliRun({"init", dir.file("p.assay")});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(contains(again.err, "already exists")) << again.err;
    const auto format = cliRun({"import", dir.file("p.assay"), "x.xml", "--format", "xml"});
    EXPECT_EQ(format.code, 1);
    EXPECT_TRUE(contains(format.err, "unknown format 'xml'")) << format.err;
}
