#include "CliSupport.h"
#include "ProjectSnapshot.h"
#include "TestSupport.h"

#include <nlohmann/json.hpp>
#include <sstream>

using namespace assay;
using test::cliRun;
using test::contains;

namespace {

nlohmann::json stats(const std::string &project)
{
    const auto run = cliRun({"stats", project, "--json"});
    EXPECT_EQ(run.code, 0) << run.err;
    return nlohmann::json::parse(run.out);
}

test::ProjectSnapshot snapshotOf(const std::string &path)
{
    auto project = core::Project::open(path);
    EXPECT_TRUE(project.ok());
    return project.ok() ? test::snapshot(**project) : test::ProjectSnapshot{};
}

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// A small project made through the CLI: a field with labels (其他 twice), four items and
// an annotator.
std::string smallProject(const test::TempDir &dir)
{
    const std::string project = dir.file("small.assay");
    EXPECT_EQ(cliRun({"init", project, "--name", "小项目"}).code, 0);
    const auto field = cliRun(
        {"schema", "add-field", project, "类别", "--labels", "投诉/态度,投诉/其他,咨询/其他,表扬"});
    EXPECT_EQ(field.code, 0) << field.err;
    EXPECT_TRUE(contains(field.out, "with 6 labels")) << field.out;
    const auto items = dir.write("items.jsonl", "{\"id\": \"1\", \"text\": \"服务态度差\"}\n"
                                                "{\"id\": \"2\", \"text\": \"怎么办理居住证\"}\n"
                                                "{\"id\": \"3\", \"text\": \"感谢热线\"}\n"
                                                "{\"id\": \"4\", \"text\": \"路灯不亮\"}\n");
    const auto imported = cliRun({"import", project, items});
    EXPECT_EQ(imported.code, 0) << imported.err;
    EXPECT_EQ(cliRun({"users", "add", project, "alice"}).code, 0);
    return project;
}

} // namespace

TEST(CliFlow, HotlineTaxonomyAndMessagesFromTheIssue)
{
    ASSAY_REQUIRE_SHARED(taxonomy, "zhengwu/fujian1.csv");
    ASSAY_REQUIRE_SHARED(messages, "zhengwu/fujian2.csv");
    test::TempDir dir;
    const std::string project = dir.file("hotline.assay");

    const auto init = cliRun({"init", project});
    ASSERT_EQ(init.code, 0) << init.err;
    EXPECT_EQ(init.out, "created " + project + "\n");

    const auto schema = cliRun({"schema", "import", project, taxonomy, "--field", "类别"});
    ASSERT_EQ(schema.code, 0) << schema.err;
    EXPECT_TRUE(contains(schema.out, "field 类别: 650 labels added (0 already there); 517 leaves "
                                     "under 15 top-level labels"))
        << schema.out;

    const auto import =
        cliRun({"import", project, messages, "--text-field", "留言详情", "--id-field", "留言编号"});
    ASSERT_EQ(import.code, 0) << import.err;
    EXPECT_TRUE(contains(import.out, "imported 495 items as batch 1 (csv, UTF-8"));
    EXPECT_TRUE(contains(import.out, "1 duplicate texts, 1 duplicate ids")) << import.out;
    EXPECT_TRUE(contains(import.err, "fujian2.csv:1972: duplicate id '37042'")) << import.err;

    const auto json = stats(project);
    EXPECT_EQ(json["items"], 495);
    EXPECT_EQ(json["states"]["new"], 495);
    ASSERT_EQ(json["fields"].size(), 1u);
    EXPECT_EQ(json["fields"][0]["name"], "类别");
    EXPECT_EQ(json["fields"][0]["leaves"], 517);
    EXPECT_EQ(json["fields"][0]["top_level"], 15);
    EXPECT_EQ(json["fields"][0]["depth"], 3);
    EXPECT_EQ(json["batches"], 1);

    const auto show = cliRun({"schema", "show", project, "--depth", "1"});
    EXPECT_EQ(show.code, 0);
    EXPECT_TRUE(contains(show.out, "类别 (single): 650 labels, 517 leaves, 15 top-level, depth 3"))
        << show.out;
    EXPECT_TRUE(contains(show.out, "\n  城乡建设 (")) << show.out;
}

TEST(CliFlow, MalformedInputExitsNonZeroListsFileAndLineAndChangesNothing)
{
    test::TempDir dir;
    const std::string project = smallProject(dir);
    const auto before = snapshotOf(project);
    const auto bad = dir.write("bad.jsonl", "{\"text\": \"fine\"}\n"
                                            "{\"text\": \"broken\",}\n"
                                            "{\"body\": \"no text\"}\n");
    const auto run = cliRun({"import", project, bad});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.out, "");
    const auto lines = linesOf(run.err);
    ASSERT_EQ(lines.size(), 3u) << run.err;
    EXPECT_EQ(lines[0].rfind("assay: " + bad + ":2:19: invalid JSON", 0), 0u) << lines[0];
    EXPECT_EQ(lines[1].rfind("assay: " + bad + ":3: no member 'text'", 0), 0u) << lines[1];
    EXPECT_TRUE(contains(lines[2], "2 rows were rejected, so nothing was imported")) << lines[2];
    EXPECT_TRUE(contains(lines[2], "--skip-bad"));
    EXPECT_EQ(snapshotOf(project), before);

    const auto skipped = cliRun({"import", project, bad, "--skip-bad"});
    EXPECT_EQ(skipped.code, 0) << skipped.err;
    EXPECT_TRUE(
        contains(skipped.out, "imported 1 items as batch 2 (jsonl, UTF-8, 2 bad rows skipped"))
        << skipped.out;
    EXPECT_EQ(linesOf(skipped.err).size(), 2u) << skipped.err;
    EXPECT_EQ(stats(project)["items"], 5);
}

TEST(CliFlow, ExportingTwiceGivesIdenticalFiles)
{
    test::TempDir dir;
    const std::string project = smallProject(dir);
    const auto first = cliRun({"export", project, "--output", dir.file("a.jsonl")});
    ASSERT_EQ(first.code, 0) << first.err;
    EXPECT_TRUE(contains(first.out, "exported 4 items, 0 annotations, 0 gold values to " +
                                        dir.file("a.jsonl")))
        << first.out;
    ASSERT_EQ(cliRun({"export", project, "--output", dir.file("b.jsonl")}).code, 0);
    EXPECT_EQ(test::readFile(dir.file("a.jsonl")), test::readFile(dir.file("b.jsonl")));
    EXPECT_EQ(linesOf(test::readFile(dir.file("a.jsonl"))).size(), 4u);

    const auto toStdout = cliRun({"export", project, "--output", "-"});
    EXPECT_EQ(toStdout.code, 0);
    EXPECT_EQ(toStdout.out, test::readFile(dir.file("a.jsonl"))) << "'-' is standard output";

    const auto noOutput = cliRun({"export", project});
    EXPECT_EQ(noOutput.code, 1);
    EXPECT_TRUE(contains(noOutput.err, "--output PATH is required"));
}

TEST(CliFlow, AnnotateLoadsAPersonsAndAModelsLabels)
{
    test::TempDir dir;
    const std::string project = smallProject(dir);
    const auto labels = dir.write("alice.jsonl", "{\"id\": \"1\", \"label\": \"态度\"}\n"
                                                 "{\"id\": \"3\", \"label\": \"表扬\"}\n");
    const auto person = cliRun({"annotate", project, labels, "--user", "alice"});
    ASSERT_EQ(person.code, 0) << person.err;
    EXPECT_TRUE(contains(person.out, "imported 2 annotations")) << person.out;

    const auto predictions =
        dir.write("model.jsonl",
                  "{\"id\": \"2\", \"label\": [\"咨询/其他\", \"表扬\"], \"scores\": [0.9, 0.1]}\n"
                  "{\"id\": \"4\", \"label\": \"投诉/其他\", \"scores\": [0.4]}\n");
    const auto model = cliRun({"annotate", project, predictions, "--model", "fasttext"});
    ASSERT_EQ(model.code, 0) << model.err;

    const auto json = stats(project);
    EXPECT_EQ(json["annotations"]["human"], 2);
    EXPECT_EQ(json["annotations"]["model"], 2);
    EXPECT_EQ(json["states"]["accepted"], 2);
    EXPECT_EQ(json["states"]["suggested"], 2);

    const auto before = snapshotOf(project);
    const auto ambiguous = dir.write("ambiguous.jsonl", "{\"id\": \"2\", \"label\": \"其他\"}\n");
    const auto refused = cliRun({"annotate", project, ambiguous, "--user", "alice"});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(contains(refused.err, "ambiguous.jsonl:1: label '其他' is ambiguous"))
        << refused.err;
    EXPECT_EQ(snapshotOf(project), before);

    const auto both = cliRun({"annotate", project, labels, "--user", "alice", "--model", "m"});
    EXPECT_EQ(both.code, 1);
    EXPECT_TRUE(contains(both.err, "give exactly one of --user NAME and --model NAME"));
}
