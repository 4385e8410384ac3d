#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"
#include "model/Classifier.h"
#include "model/Evaluation.h"
#include "model/LabelSpace.h"
#include "model/ModelParams.h"
#include "model/TrainingFile.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace assay::core {

/// A freshly trained classifier with what it was trained with.
struct TrainedClassifier {
    std::unique_ptr<Classifier> classifier;
    ModelParams params;     ///< resolved: every member set, threads as used
    TrainingFileStats data; ///< the training file as fastText read it
    double seconds = 0;     ///< writing the file and training
};

/// Trains the default (or given) configuration on labelled examples and scores a classifier
/// on held-out ones. Used by project training and by evaluation on outside data.
class ClassifierTrainer
{
public:
    /// Smallest training set, and fewest distinct labels, that training accepts.
    static constexpr std::size_t kMinExamples = 10;
    static constexpr int kMinLabels = 2;

    /// Writes the examples to a temporary training file and trains on it. Fails with a clear
    /// message when there are too few examples or labels.
    static Result<TrainedClassifier> train(const std::vector<const LabelledExample *> &examples,
                                           const ModelParams &params, bool multiLabel,
                                           const ProgressCallback &progress = {});

    /// Predicts every example and scores the top labels against its labels. `indexOf` maps
    /// an example's (and the model's) label keys to indexes of `space`; keys it lacks count
    /// as wrong answers. `trainSize` is recorded in the evaluation.
    static Evaluation evaluate(const Classifier &classifier,
                               const std::vector<const LabelledExample *> &examples,
                               const LabelSpace &space,
                               const std::unordered_map<std::int64_t, int> &indexOf,
                               std::int64_t trainSize);
};

} // namespace assay::core
