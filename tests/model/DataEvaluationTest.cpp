#include "model/DataEvaluation.h"

#include "ModelFixtures.h"

#include <nlohmann/json.hpp>

using namespace assay;
using namespace assay::core;

TEST(DataEvaluation, TrainsOnOneFileAndScoresAnother)
{
    test::TempDir dir;
    DataEvaluationOptions options;
    options.trainPath =
        test::writeLabelledJsonl(dir, "train.jsonl", test::makeLabelledRows(400, 31));
    options.testPath = test::writeLabelledJsonl(dir, "test.jsonl", test::makeLabelledRows(100, 32));
    options.params.threads = 1;
    auto report = DataEvaluation::run(options);
    ASSERT_TRUE(report.ok()) << report.error().toString();
    EXPECT_EQ(report->trainSize, 400);
    EXPECT_EQ(report->testSize, 100);
    EXPECT_EQ(report->labels, 4);
    EXPECT_GT(report->evaluation.accuracy, 0.85);
    ASSERT_EQ(report->evaluation.levels.size(), 2u); // the labels are paths
    const auto json = nlohmann::json::parse(report->evaluation.toJson());
    for (const char *key : {"accuracy", "top3_accuracy", "macro_f1", "labels"})
        EXPECT_TRUE(json.contains(key)) << key;
    EXPECT_EQ(json["labels"].size(), 4u);
}

TEST(DataEvaluation, NamesTheFileAndLineOfBadInput)
{
    test::TempDir dir;
    DataEvaluationOptions options;
    options.trainPath =
        dir.write("train.jsonl", "{\"text\":\"一\",\"label\":\"a\"}\n{\"text\":\"二\"}\n");
    options.testPath = test::writeLabelledJsonl(dir, "test.jsonl", test::makeLabelledRows(10, 33));
    auto report = DataEvaluation::run(options);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().line, 2);
    EXPECT_NE(report.error().toString().find("train.jsonl:2"), std::string::npos);
    EXPECT_NE(report.error().message.find("'label'"), std::string::npos);

    options.trainPath = dir.write("broken.jsonl", "{\"text\":\"一\",\"label\":\"a\"\n");
    report = DataEvaluation::run(options);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().line, 1);
}

TEST(DataEvaluation, BeatsChanceOnTnews)
{
    ASSAY_REQUIRE_SHARED(train, "tnews/train_few_all.json");
    ASSAY_REQUIRE_SHARED(testFile, "tnews/test_public.json");
    DataEvaluationOptions options;
    options.trainPath = train;
    options.testPath = testFile;
    options.textField = "sentence";
    options.labelField = "label";
    options.params.threads = 1;
    auto report = DataEvaluation::run(options);
    ASSERT_TRUE(report.ok()) << report.error().toString();
    EXPECT_EQ(report->trainSize, 1185);
    EXPECT_EQ(report->testSize, 2010);
    EXPECT_EQ(report->labels, 15);
    // 15 classes: chance is under 10%; fastText on characters reaches well above 30%.
    EXPECT_GT(report->evaluation.accuracy, 0.3);
    EXPECT_GT(report->evaluation.top3Accuracy, report->evaluation.accuracy);
}
