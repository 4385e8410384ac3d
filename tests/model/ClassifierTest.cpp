#include "ModelFixtures.h"
#include "io/TempFile.h"
#include "model/ClassifierTrainer.h"
#include "model/Tokenizer.h"
#include "model/TrainingFile.h"

using namespace assay;
using namespace assay::core;

namespace {

// Examples keyed 0..3 by fixtureLabels() order.
std::vector<LabelledExample> examplesOf(const std::vector<test::LabelledRow> &rows)
{
    std::vector<LabelledExample> examples;
    for (const test::LabelledRow &row : rows) {
        const auto &labels = test::fixtureLabels();
        const auto key = std::find(labels.begin(), labels.end(), row.label) - labels.begin();
        examples.push_back({0, row.text, {static_cast<std::int64_t>(key)}});
    }
    return examples;
}

std::vector<const LabelledExample *> pointers(const std::vector<LabelledExample> &examples)
{
    std::vector<const LabelledExample *> out;
    for (const LabelledExample &example : examples)
        out.push_back(&example);
    return out;
}

ModelParams seeded()
{
    ModelParams params;
    params.threads = 1;
    params.seed = 42;
    params.epoch = 10;
    return params;
}

// A classifier trained on `examples` as it comes out of fastText, every bucket row kept,
// with the training file it read.
struct RawClassifier {
    std::unique_ptr<Classifier> classifier;
    TempFile file;
};

RawClassifier trainRaw(const std::vector<LabelledExample> &examples)
{
    auto file = TempFile::create(".train.txt");
    EXPECT_TRUE(file.ok());
    auto stats = TrainingFile::write(file->path(), pointers(examples), true, 42);
    EXPECT_TRUE(stats.ok());
    const ModelParams params = seeded().resolved(stats->examples, stats->labels, stats->tokens,
                                                 stats->distinctBigrams, false);
    auto classifier = Classifier::train(file->path(), params);
    EXPECT_TRUE(classifier.ok()) << classifier.error().toString();
    return {std::move(classifier).value(), std::move(file).value()};
}

} // namespace

TEST(Classifier, LearnsAGeneratedSetAndPredictsRankedProbabilities)
{
    const auto trainRows = examplesOf(test::makeLabelledRows(400, 1));
    const auto testRows = examplesOf(test::makeLabelledRows(200, 2));
    auto trained = ClassifierTrainer::train(pointers(trainRows), seeded(), false);
    ASSERT_TRUE(trained.ok()) << trained.error().toString();
    const Classifier &classifier = *trained->classifier;
    EXPECT_EQ(classifier.labels().size(), 4u);
    EXPECT_EQ(trained->params.loss, ModelLoss::Softmax);
    EXPECT_EQ(trained->data.examples, 400);

    auto buffer = classifier.makeBuffer();
    std::vector<RankedLabel> ranked;
    int right = 0;
    for (const LabelledExample &example : testRows) {
        classifier.predict(Tokenizer::tokens(example.text), 3, *buffer, ranked);
        ASSERT_EQ(ranked.size(), 3u);
        EXPECT_GE(ranked[0].probability, ranked[1].probability);
        EXPECT_GE(ranked[1].probability, ranked[2].probability);
        EXPECT_LE(ranked[0].probability, 1.0f);
        right += std::stoll(classifier.labels()[static_cast<std::size_t>(ranked[0].label)]) ==
                 example.labels[0];
    }
    EXPECT_GT(right, 180) << "accuracy on a well separated set should be above 90%";
}

TEST(Classifier, EncodesTextExactlyAsFastTextReadsIt)
{
    const auto rows = examplesOf(test::makeLabelledRows(100, 3));
    RawClassifier trained = trainRaw(rows);
    const std::vector<std::string> texts = {rows[0].text, rows[1].text + " unseenword 未见过的字龘",
                                            "",           "iPhone12 坏了",
                                            "a",          "__label__0 是标签吗"};
    for (const std::string &text : texts) {
        std::vector<std::int32_t> ours;
        std::vector<std::int32_t> theirs;
        const std::string tokens = Tokenizer::tokens(text);
        trained.classifier->encode(tokens, ours);
        trained.classifier->encodeWithFastText(tokens, theirs);
        EXPECT_EQ(ours, theirs) << "text: " << text;
    }
}

TEST(Classifier, KeepsOnlyTheBigramsItLearntAndPredictsItsTrainingTextsTheSame)
{
    const auto rows = examplesOf(test::makeLabelledRows(200, 8));
    RawClassifier trained = trainRaw(rows);
    Classifier &classifier = *trained.classifier;
    std::vector<std::vector<RankedLabel>> before(rows.size());
    auto buffer = classifier.makeBuffer();
    for (std::size_t i = 0; i < rows.size(); ++i)
        classifier.predict(Tokenizer::tokens(rows[i].text), 4, *buffer, before[i]);
    const std::size_t fullSize = classifier.toBlob()->size();

    ASSERT_TRUE(classifier.dropUnusedBuckets(trained.file.path()).ok());
    auto blob = classifier.toBlob();
    ASSERT_TRUE(blob.ok());
    EXPECT_LT(blob->size() * 10, fullSize) << "a 200-text model keeps a small share of the rows";
    auto loaded = Classifier::fromBlob(*blob);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString();
    auto loadedBuffer = (*loaded)->makeBuffer();
    std::vector<RankedLabel> after;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        (*loaded)->predict(Tokenizer::tokens(rows[i].text), 4, *loadedBuffer, after);
        ASSERT_EQ(after.size(), before[i].size());
        for (std::size_t j = 0; j < after.size(); ++j) {
            EXPECT_EQ(after[j].label, before[i][j].label);
            EXPECT_FLOAT_EQ(after[j].probability, before[i][j].probability);
        }
    }
    // A text of unseen characters still gets a ranking (its bigrams land on the zero row).
    (*loaded)->predict(Tokenizer::tokens("龘龘龘 齉齉"), 2, *loadedBuffer, after);
    EXPECT_EQ(after.size(), 2u);
}

TEST(Classifier, SeededSingleThreadTrainingIsReproducible)
{
    const auto rows = examplesOf(test::makeLabelledRows(200, 4));
    auto first = ClassifierTrainer::train(pointers(rows), seeded(), false);
    auto second = ClassifierTrainer::train(pointers(rows), seeded(), false);
    ASSERT_TRUE(first.ok() && second.ok());
    auto a = first->classifier->toBlob();
    auto b = second->classifier->toBlob();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(first->data.sha256, second->data.sha256);

    ModelParams other = seeded();
    other.seed = 43;
    auto third = ClassifierTrainer::train(pointers(rows), other, false);
    ASSERT_TRUE(third.ok());
    EXPECT_NE(*third->classifier->toBlob(), *a);
}

TEST(Classifier, BlobRoundTripPredictsTheSame)
{
    const auto rows = examplesOf(test::makeLabelledRows(200, 5));
    auto trained = ClassifierTrainer::train(pointers(rows), seeded(), false);
    ASSERT_TRUE(trained.ok());
    auto blob = trained->classifier->toBlob();
    ASSERT_TRUE(blob.ok());
    auto loaded = Classifier::fromBlob(*blob);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toString();
    EXPECT_EQ((*loaded)->labels(), trained->classifier->labels());
    auto bufferA = trained->classifier->makeBuffer();
    auto bufferB = (*loaded)->makeBuffer();
    std::vector<RankedLabel> a;
    std::vector<RankedLabel> b;
    for (std::size_t i = 0; i < 20; ++i) {
        const std::string tokens = Tokenizer::tokens(rows[i].text);
        trained->classifier->predict(tokens, 4, *bufferA, a);
        (*loaded)->predict(tokens, 4, *bufferB, b);
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t j = 0; j < a.size(); ++j) {
            EXPECT_EQ(a[j].label, b[j].label);
            EXPECT_FLOAT_EQ(a[j].probability, b[j].probability);
        }
    }
}

TEST(Classifier, RefusesADamagedBlob)
{
    const auto rows = examplesOf(test::makeLabelledRows(100, 6));
    auto trained = ClassifierTrainer::train(pointers(rows), seeded(), false);
    ASSERT_TRUE(trained.ok());
    std::string blob = *trained->classifier->toBlob();
    for (const std::string &bad :
         {std::string(), std::string("not a model"), blob.substr(0, blob.size() / 2),
          std::string(blob).replace(blob.size() / 2, 4, "XXXX")}) {
        auto loaded = Classifier::fromBlob(bad);
        ASSERT_FALSE(loaded.ok());
        EXPECT_NE(loaded.error().message.find("damaged"), std::string::npos)
            << loaded.error().message;
    }
}

TEST(Classifier, SavesAFileTheFastTextToolsRead)
{
    const auto rows = examplesOf(test::makeLabelledRows(100, 7));
    auto trained = ClassifierTrainer::train(pointers(rows), seeded(), false);
    ASSERT_TRUE(trained.ok());
    auto file = TempFile::create(".bin");
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE(trained->classifier->saveFastTextFile(file->path()).ok());
    const std::string saved = test::readFile(file->path());
    const std::string blob = *trained->classifier->toBlob();
    EXPECT_EQ(blob.substr(blob.size() - saved.size()), saved);
}

TEST(ClassifierTrainer, RefusesTooFewExamplesOrLabels)
{
    std::vector<LabelledExample> none;
    auto empty = ClassifierTrainer::train(pointers(none), seeded(), false);
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.error().message.find("nothing to train on"), std::string::npos);

    std::vector<LabelledExample> oneLabel;
    for (int i = 0; i < 30; ++i)
        oneLabel.push_back({0, "同一个标签" + std::to_string(i), {1}});
    auto single = ClassifierTrainer::train(pointers(oneLabel), seeded(), false);
    ASSERT_FALSE(single.ok());
    EXPECT_NE(single.error().message.find("too few labels"), std::string::npos);
    EXPECT_NE(single.error().message.find("1 different labels"), std::string::npos);
}

TEST(ClassifierTrainer, CancelStopsTraining)
{
    const auto rows = examplesOf(test::makeLabelledRows(2000, 8));
    ModelParams params = seeded();
    params.epoch = 200;
    auto trained = ClassifierTrainer::train(
        pointers(rows), params, false, [](std::uint64_t done, std::uint64_t) { return done < 10; });
    ASSERT_FALSE(trained.ok());
    EXPECT_EQ(trained.error().code, ErrorCode::Cancelled);
}
