#include "TestSupport.h"

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

using namespace assay;

namespace {

struct Process {
    int code = -1;
    std::string out;
    std::string err;
};

std::string quoted(const std::string &arg)
{
    std::string out = "'";
    for (char c : arg)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Runs the built `assay` program with `args`, capturing exit code, stdout and stderr.
Process runAssay(const test::TempDir &dir, const std::vector<std::string> &args)
{
    std::string command = quoted(ASSAY_CLI_PATH);
    for (const std::string &arg : args)
        command += ' ' + quoted(arg);
    command += " >" + quoted(dir.file("stdout.txt")) + " 2>" + quoted(dir.file("stderr.txt"));
    const int status = std::system(command.c_str());
    Process process;
    process.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    process.out = test::readFile(dir.file("stdout.txt"));
    process.err = test::readFile(dir.file("stderr.txt"));
    return process;
}

} // namespace

TEST(CliEndToEnd, TheProgramRunsAVerbSequenceWithExitCodesAndStreams)
{
    ASSERT_TRUE(std::filesystem::exists(ASSAY_CLI_PATH)) << ASSAY_CLI_PATH;
    test::TempDir dir;
    const std::string project = dir.file("e2e.assay");

    const auto version = runAssay(dir, {"--version"});
    EXPECT_EQ(version.code, 0);
    EXPECT_EQ(version.out.rfind("assay ", 0), 0u) << version.out;

    const auto unknown = runAssay(dir, {"frobnicate"});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_EQ(unknown.out, "");
    EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos) << unknown.err;

    const auto init = runAssay(dir, {"init", project});
    ASSERT_EQ(init.code, 0) << init.err;
    EXPECT_EQ(init.out, "created " + project + "\n");
    EXPECT_EQ(init.err, "");

    const auto field =
        runAssay(dir, {"schema", "add-field", project, "情感", "--labels", "正面,负面"});
    ASSERT_EQ(field.code, 0) << field.err;

    const auto items = dir.write("items.jsonl", "{\"id\": \"a\", \"text\": \"很好\"}\n"
                                                "{\"id\": \"b\", \"text\": \"不好\"}\n");
    const auto imported = runAssay(dir, {"import", project, items});
    ASSERT_EQ(imported.code, 0) << imported.err;
    EXPECT_EQ(imported.out.rfind("imported 2 items as batch 1 (jsonl, UTF-8", 0), 0u)
        << imported.out;

    const auto bad = dir.write("bad.jsonl", "{\"text\": \"ok\"}\n{\"text\": 3}\n");
    const auto refused = runAssay(dir, {"import", project, bad});
    EXPECT_EQ(refused.code, 1);
    EXPECT_EQ(refused.out, "");
    EXPECT_NE(refused.err.find("assay: " + bad + ":2: 'text' is a number, expected a string"),
              std::string::npos)
        << refused.err;

    const auto stats = runAssay(dir, {"stats", project, "--json"});
    ASSERT_EQ(stats.code, 0) << stats.err;
    const auto json = nlohmann::json::parse(stats.out);
    EXPECT_EQ(json["items"], 2) << "the refused import added nothing";
    EXPECT_EQ(json["fields"][0]["leaves"], 2);

    const auto exported = runAssay(dir, {"export", project, "--output", "-"});
    ASSERT_EQ(exported.code, 0) << exported.err;
    EXPECT_EQ(exported.out, "{\"id\":\"a\",\"item\":1,\"text\":\"很好\",\"state\":\"new\"}\n"
                            "{\"id\":\"b\",\"item\":2,\"text\":\"不好\",\"state\":\"new\"}\n");
    EXPECT_EQ(exported.err, "") << "no progress line when stderr is not a terminal";
}
