#pragma once

#include "error/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace assay::core {

/// The loss the classifier is trained with.
enum class ModelLoss {
    Auto,                ///< softmax for up to kSoftmaxMaxLabels labels, else hierarchical
    Softmax,             ///< exact probabilities; cost grows with the number of labels
    HierarchicalSoftmax, ///< a Huffman tree over the labels: fast with thousands of labels
    OneVsAll             ///< independent probabilities per label (multiple-choice fields)
};

std::string_view modelLossName(ModelLoss loss);
std::optional<ModelLoss> parseModelLoss(std::string_view name);

/// How a model is trained. Members left unset are chosen by resolve() from the training
/// data, so the defaults work without tuning; the resolved values are stored with the model.
struct ModelParams {
    /// Above this many labels Auto picks the hierarchical softmax.
    static constexpr int kSoftmaxMaxLabels = 300;

    std::optional<int> dim;    ///< size of the text vector (default 64)
    std::optional<double> lr;  ///< learning rate (default 1.0)
    std::optional<int> epoch;  ///< passes over the data (default 25, fewer on big sets)
    int wordNgrams = 2;        ///< 2: character bigrams as well as characters
    std::optional<int> bucket; ///< hash buckets for bigrams (default: from the data)
    int minCount = 1;          ///< tokens seen fewer times are dropped
    ModelLoss loss = ModelLoss::Auto;
    int threads = 0;        ///< training threads; 0 uses every core
    std::uint32_t seed = 1; ///< random seed (weights and the shuffle of the data)
    double holdout = 0.2;   ///< share of the labelled items kept for evaluation
    int topK = 5;           ///< labels stored per prediction
    bool shuffle = true;    ///< shuffle the training examples (with `seed`)

    /// Fills the unset members for a training set of `examples` examples with `labels`
    /// distinct labels, `tokens` tokens and `distinctBigrams` distinct bigrams.
    ModelParams resolved(std::int64_t examples, int labels, std::int64_t tokens,
                         std::int64_t distinctBigrams, bool multiLabel) const;

    /// Whether training with these parameters gives the same model every time.
    bool reproducible() const { return threads == 1; }

    /// Checks the ranges of the members; the error names the bad one.
    Status validate() const;

    std::string toJson() const;
    /// Reads stored parameters; unknown keys are ignored, bad values are an error.
    static Result<ModelParams> fromJson(std::string_view json);
};

} // namespace assay::core
