#include "model/ClassifierTrainer.h"

#include "io/TempFile.h"
#include "model/Evaluator.h"
#include "model/Tokenizer.h"

#include <chrono>
#include <set>
#include <thread>

namespace assay::core {

Result<TrainedClassifier>
ClassifierTrainer::train(const std::vector<const LabelledExample *> &examples,
                         const ModelParams &params, bool multiLabel,
                         const ProgressCallback &progress)
{
    ASSAY_TRY(params.validate());
    std::set<std::int64_t> labels;
    for (const LabelledExample *example : examples)
        labels.insert(example->labels.begin(), example->labels.end());
    if (examples.empty())
        return Error(ErrorCode::Validation, "there is nothing to train on: no labelled examples");
    if (examples.size() < kMinExamples || static_cast<int>(labels.size()) < kMinLabels)
        return Error(ErrorCode::Validation,
                     "too few labels to train on: " + std::to_string(examples.size()) +
                         " labelled examples with " + std::to_string(labels.size()) +
                         " different labels; training needs at least " +
                         std::to_string(kMinExamples) + " examples and " +
                         std::to_string(kMinLabels) + " different labels");

    const auto start = std::chrono::steady_clock::now();
    auto file = TempFile::create(".train.txt");
    if (!file)
        return file.error();
    auto stats = TrainingFile::write(file->path(), examples, params.shuffle, params.seed);
    if (!stats)
        return stats.error();
    TrainedClassifier trained;
    trained.data = *stats;
    trained.params = params.resolved(stats->examples, stats->labels, stats->tokens,
                                     stats->distinctBigrams, multiLabel);
    if (trained.params.threads <= 0)
        trained.params.threads = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    auto classifier = Classifier::train(file->path(), trained.params, progress);
    if (!classifier)
        return classifier.error();
    ASSAY_TRY((*classifier)->dropUnusedBuckets(file->path()));
    trained.classifier = std::move(classifier).value();
    trained.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return trained;
}

Evaluation ClassifierTrainer::evaluate(const Classifier &classifier,
                                       const std::vector<const LabelledExample *> &examples,
                                       const LabelSpace &space,
                                       const std::unordered_map<std::int64_t, int> &indexOf,
                                       std::int64_t trainSize)
{
    // The model's label names are the keys it was trained with.
    std::vector<int> modelToSpace;
    for (const std::string &name : classifier.labels()) {
        int index = -1;
        try {
            auto found = indexOf.find(std::stoll(name));
            if (found != indexOf.end())
                index = found->second;
        } catch (const std::exception &) {
        }
        modelToSpace.push_back(index);
    }
    Evaluator evaluator(space);
    auto buffer = classifier.makeBuffer();
    std::vector<RankedLabel> ranked;
    std::vector<Evaluator::Scored> scored;
    std::vector<int> truth;
    std::string tokens;
    for (const LabelledExample *example : examples) {
        tokens.clear();
        Tokenizer::append(example->text, tokens);
        classifier.predict(tokens, 3, *buffer, ranked);
        scored.clear();
        for (const RankedLabel &label : ranked) {
            const int index = modelToSpace[static_cast<std::size_t>(label.label)];
            if (index >= 0)
                scored.push_back({index, label.probability});
        }
        truth.clear();
        for (std::int64_t key : example->labels)
            if (auto found = indexOf.find(key); found != indexOf.end())
                truth.push_back(found->second);
        evaluator.add(truth, scored);
    }
    Evaluation evaluation = evaluator.finish();
    evaluation.trainSize = trainSize;
    return evaluation;
}

} // namespace assay::core
