#include "Command.h"
#include "ModelFixtures.h"

#include <nlohmann/json.hpp>
#include <sstream>

using namespace assay;

namespace {

struct CliRun {
    int code = 0;
    std::string out;
    std::string err;
};

CliRun run(const std::vector<std::string> &args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun result;
    result.code = cli::runCli(args, out, err);
    result.out = out.str();
    result.err = err.str();
    return result;
}

} // namespace

TEST(ModelCommand, TrainPredictEvalAndListAProject)
{
    test::TempDir dir;
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(300, 41), 200);
    ASSERT_TRUE(project);
    project.reset();
    const std::string file = dir.file("test.assay");

    CliRun train = run({"model", "train", file, "--field", "topic", "--threads", "1"});
    ASSERT_EQ(train.code, 0) << train.err;
    EXPECT_NE(train.out.find("trained topic model v1 on 160 items (4 labels)"), std::string::npos)
        << train.out;
    EXPECT_NE(train.out.find("held out 40 items: accuracy"), std::string::npos) << train.out;
    EXPECT_EQ(train.err, "");

    CliRun predict = run({"model", "predict", file, "--field", "topic"});
    ASSERT_EQ(predict.code, 0) << predict.err;
    EXPECT_NE(predict.out.find("pre-labelled 300 items with topic model v1"), std::string::npos)
        << predict.out;
    EXPECT_NE(predict.out.find("100 moved to suggested"), std::string::npos) << predict.out;
    CliRun again = run({"model", "predict", file, "--field", "topic"});
    ASSERT_EQ(again.code, 0);
    EXPECT_NE(again.out.find("nothing to do"), std::string::npos) << again.out;

    CliRun eval = run({"model", "eval", file, "--field", "topic"});
    ASSERT_EQ(eval.code, 0) << eval.err;
    for (const char *part : {"accuracy", "top-3", "macro-F1", "coverage at precision",
                             "calibration", "accuracy by level:", "体育/足球"})
        EXPECT_NE(eval.out.find(part), std::string::npos) << part << "\n" << eval.out;

    CliRun json = run({"model", "eval", file, "--field", "topic", "--json"});
    ASSERT_EQ(json.code, 0);
    const auto parsed = nlohmann::json::parse(json.out);
    EXPECT_EQ(parsed["version"], 1);
    EXPECT_EQ(parsed["evaluation"]["test_size"], 40);
    EXPECT_EQ(parsed["evaluation"]["levels"].size(), 2u);
    EXPECT_GT(parsed["evaluation"]["accuracy"].get<double>(), 0.8);

    CliRun list = run({"model", "list", file});
    ASSERT_EQ(list.code, 0);
    EXPECT_NE(list.out.find("topic\tv1\t"), std::string::npos) << list.out;
    CliRun listJson = run({"model", "list", file, "--json"});
    EXPECT_EQ(nlohmann::json::parse(listJson.out).size(), 1u);
}

TEST(ModelCommand, ErrorsGoToStderrWithAnExitCode)
{
    test::TempDir dir;
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(30, 42), 3);
    ASSERT_TRUE(project);
    project.reset();
    const std::string file = dir.file("test.assay");
    CliRun few = run({"model", "train", file, "--field", "topic"});
    EXPECT_EQ(few.code, cli::kExitFailure);
    EXPECT_NE(few.err.find("too few labels"), std::string::npos) << few.err;
    EXPECT_EQ(few.out, "");

    CliRun noModel = run({"model", "predict", file, "--field", "topic"});
    EXPECT_EQ(noModel.code, cli::kExitFailure);
    EXPECT_NE(noModel.err.find("no model yet"), std::string::npos);

    CliRun badOption = run({"model", "train", file, "--field", "topic", "--epoch", "many"});
    EXPECT_EQ(badOption.code, cli::kExitFailure);
    EXPECT_NE(badOption.err.find("--epoch takes a whole number"), std::string::npos);

    CliRun noField = run({"model", "train", file});
    EXPECT_NE(noField.code, 0);
    EXPECT_NE(noField.err.find("--field"), std::string::npos);

    CliRun unknown = run({"model", "frobnicate", file});
    EXPECT_EQ(unknown.code, cli::kExitUsage);
}

TEST(ModelCommand, EvaluateDataPrintsJsonWithTheAgreedKeys)
{
    test::TempDir dir;
    const std::string train =
        test::writeLabelledJsonl(dir, "train.jsonl", test::makeLabelledRows(300, 43));
    const std::string test =
        test::writeLabelledJsonl(dir, "test.jsonl", test::makeLabelledRows(80, 44));
    CliRun json = run({"model", "evaluate-data", "--train", train, "--test", test, "--text-field",
                       "text", "--label-field", "label", "--json", "--threads", "1"});
    ASSERT_EQ(json.code, 0) << json.err;
    const auto parsed = nlohmann::json::parse(json.out);
    for (const char *key : {"accuracy", "top3_accuracy", "macro_f1", "labels"})
        EXPECT_TRUE(parsed.contains(key)) << key;
    EXPECT_EQ(parsed["test_size"], 80);
    EXPECT_TRUE(parsed["labels"].contains("体育/篮球"));

    CliRun text = run({"model", "evaluate-data", "--train", train, "--test", test});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_NE(text.out.find("trained on 300 items (4 labels)"), std::string::npos) << text.out;

    CliRun missing = run({"model", "evaluate-data", "--train", train});
    EXPECT_NE(missing.code, 0);
    CliRun badFile =
        run({"model", "evaluate-data", "--train", dir.file("nope.jsonl"), "--test", test});
    EXPECT_EQ(badFile.code, cli::kExitFailure);
    EXPECT_NE(badFile.err.find("nope.jsonl"), std::string::npos) << badFile.err;
}
