#pragma once

#include "error/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace assay::core {

/// A labelled text for training or evaluation. Labels are keys the caller chooses (label
/// ids for a project's field, indexes for outside data); the model writes them as
/// `__label__<key>` and predicts the same keys.
struct LabelledExample {
    std::int64_t itemId = 0; ///< 0 when the text is not a project item
    std::string text;
    std::vector<std::int64_t> labels;
};

/// What was written to a training file, for choosing parameters and recording the data.
struct TrainingFileStats {
    std::int64_t examples = 0;
    std::int64_t tokens = 0;
    std::int64_t distinctBigrams = 0; ///< estimated (within a few percent)
    int labels = 0;                   ///< distinct labels
    std::string sha256;               ///< of the file's bytes
};

/// Writes examples in fastText's training format, the text split by the Tokenizer.
class TrainingFile
{
public:
    /// Writes `examples` to `path`, in a shuffled order (seeded) when `shuffle` is set.
    static Result<TrainingFileStats> write(const std::string &path,
                                           const std::vector<const LabelledExample *> &examples,
                                           bool shuffle, std::uint32_t seed);

    /// Splits examples into training and held-out parts: a `holdout` share of them, chosen
    /// by a seeded hash of their text, so the same data always splits the same way.
    static void split(const std::vector<LabelledExample> &examples, double holdout,
                      std::uint32_t seed, std::vector<const LabelledExample *> &train,
                      std::vector<const LabelledExample *> &test);
};

} // namespace assay::core
