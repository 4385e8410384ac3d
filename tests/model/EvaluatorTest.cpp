#include "model/Evaluator.h"

#include "model/Evaluation.h"

#include <gtest/gtest.h>

using namespace assay::core;

namespace {

struct Fixture {
    LabelSpace space;
    int football, basketball, stocks;
    Fixture()
    {
        football = space.addPath("体育/足球");
        basketball = space.addPath("体育/篮球");
        stocks = space.addPath("经济/股票");
    }
};

} // namespace

TEST(Evaluator, ComputesAccuracyTop3AndPerLabelScores)
{
    Fixture f;
    Evaluator evaluator(f.space);
    // right, confident
    evaluator.add({f.football}, {{f.football, 0.9}, {f.basketball, 0.05}, {f.stocks, 0.05}});
    // wrong at top, right second
    evaluator.add({f.football}, {{f.basketball, 0.6}, {f.football, 0.3}, {f.stocks, 0.1}});
    // right
    evaluator.add({f.stocks}, {{f.stocks, 0.8}, {f.football, 0.1}, {f.basketball, 0.1}});
    // wrong, not in top 3 among what is given
    evaluator.add({f.basketball}, {{f.stocks, 0.7}});
    const Evaluation e = evaluator.finish();
    EXPECT_EQ(e.testSize, 4);
    EXPECT_DOUBLE_EQ(e.accuracy, 0.5);
    EXPECT_DOUBLE_EQ(e.top3Accuracy, 0.75);
    // football: support 2, predicted 1, correct 1 → P 1, R .5, F1 2/3
    // basketball: support 1, predicted 1, correct 0 → F1 0
    // stocks: support 1, predicted 2, correct 1 → P .5, R 1, F1 2/3
    EXPECT_NEAR(e.macroF1, (2.0 / 3 + 0 + 2.0 / 3) / 3, 1e-12);
    ASSERT_EQ(e.labels.size(), 3u);
    EXPECT_EQ(e.labels.front().label, "体育/足球");
    EXPECT_DOUBLE_EQ(e.labels.front().precision, 1.0);
    EXPECT_DOUBLE_EQ(e.labels.front().recall, 0.5);
    ASSERT_FALSE(e.confusions.empty());
    EXPECT_EQ(e.confusions.front().count, 1);
}

TEST(Evaluator, CoverageFindsTheLowestThresholdThatKeepsPrecision)
{
    Fixture f;
    Evaluator evaluator(f.space);
    // Confidences 0.95, 0.9, 0.8 right; 0.7 wrong; 0.6 right.
    evaluator.add({f.football}, {{f.football, 0.95}});
    evaluator.add({f.football}, {{f.football, 0.9}});
    evaluator.add({f.stocks}, {{f.stocks, 0.8}});
    evaluator.add({f.stocks}, {{f.football, 0.7}});
    evaluator.add({f.basketball}, {{f.basketball, 0.6}});
    const Evaluation e = evaluator.finish({1.0, 0.8, 0.5});
    ASSERT_EQ(e.coverage.size(), 3u);
    EXPECT_TRUE(e.coverage[0].reached);
    EXPECT_DOUBLE_EQ(e.coverage[0].threshold, 0.8);
    EXPECT_DOUBLE_EQ(e.coverage[0].coverage, 0.6);
    EXPECT_TRUE(e.coverage[1].reached);
    EXPECT_DOUBLE_EQ(e.coverage[1].threshold, 0.6); // 4 of 5 right at 0.6
    EXPECT_DOUBLE_EQ(e.coverage[1].coverage, 1.0);
    EXPECT_DOUBLE_EQ(e.coverage[1].precision, 0.8);
}

TEST(Evaluator, CoverageIsNotReachedWhenEveryThresholdFallsShort)
{
    Fixture f;
    Evaluator evaluator(f.space);
    evaluator.add({f.football}, {{f.stocks, 0.9}});
    evaluator.add({f.football}, {{f.football, 0.5}});
    const Evaluation e = evaluator.finish({0.95});
    ASSERT_EQ(e.coverage.size(), 1u);
    EXPECT_FALSE(e.coverage[0].reached);
    EXPECT_EQ(e.coverage[0].covered, 0);
}

TEST(Evaluator, CalibrationBinsCompareConfidenceWithAccuracy)
{
    Fixture f;
    Evaluator evaluator(f.space);
    evaluator.add({f.football}, {{f.football, 0.95}});
    evaluator.add({f.football}, {{f.stocks, 0.92}});
    evaluator.add({f.stocks}, {{f.stocks, 0.15}});
    const Evaluation e = evaluator.finish({0.9}, 10);
    ASSERT_EQ(e.calibration.size(), 10u);
    const CalibrationBin &top = e.calibration[9];
    EXPECT_EQ(top.count, 2);
    EXPECT_NEAR(top.confidence, 0.935, 1e-12);
    EXPECT_DOUBLE_EQ(top.accuracy, 0.5);
    EXPECT_EQ(e.calibration[1].count, 1);
    // ECE = 2/3·|0.5 − 0.935| + 1/3·|1 − 0.15|
    EXPECT_NEAR(e.calibrationError, 2.0 / 3 * 0.435 + 1.0 / 3 * 0.85, 1e-12);
}

TEST(Evaluator, ReportsAccuracyAtEveryTaxonomyLevel)
{
    Fixture f;
    Evaluator evaluator(f.space);
    evaluator.add({f.football}, {{f.basketball, 0.6}});   // wrong leaf, right parent
    evaluator.add({f.football}, {{f.football, 0.6}});     // right
    evaluator.add({f.stocks}, {{f.football, 0.6}});       // wrong at both levels
    evaluator.add({f.basketball}, {{f.basketball, 0.6}}); // right
    const Evaluation e = evaluator.finish();
    ASSERT_EQ(e.levels.size(), 2u);
    EXPECT_EQ(e.levels[0].depth, 1);
    EXPECT_DOUBLE_EQ(e.levels[0].accuracy, 0.75);
    EXPECT_DOUBLE_EQ(e.levels[1].accuracy, 0.5);
    EXPECT_DOUBLE_EQ(e.levels[1].accuracy, e.accuracy);
}

TEST(Evaluation, JsonRoundTripKeepsTheFigures)
{
    Fixture f;
    Evaluator evaluator(f.space);
    evaluator.add({f.football}, {{f.football, 0.9}, {f.stocks, 0.1}});
    evaluator.add({f.stocks}, {{f.football, 0.7}, {f.stocks, 0.3}});
    Evaluation e = evaluator.finish();
    e.trainSize = 40;
    auto back = Evaluation::fromJson(e.toJson());
    ASSERT_TRUE(back.ok()) << back.error().toString();
    EXPECT_EQ(back->trainSize, 40);
    EXPECT_DOUBLE_EQ(back->accuracy, e.accuracy);
    EXPECT_DOUBLE_EQ(back->top3Accuracy, e.top3Accuracy);
    EXPECT_DOUBLE_EQ(back->macroF1, e.macroF1);
    EXPECT_EQ(back->labels.size(), e.labels.size());
    EXPECT_EQ(back->calibration.size(), e.calibration.size());
    EXPECT_EQ(back->coverage.size(), e.coverage.size());
    EXPECT_EQ(back->levels.size(), e.levels.size());
    EXPECT_EQ(back->toJson(), e.toJson());
}
