#pragma once

#include "error/Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

/// How well the model does on one label of the held-out set (by its top prediction).
struct LabelScore {
    std::string label;          ///< label path (or name, for outside data)
    std::int64_t support = 0;   ///< held-out items that have the label
    std::int64_t predicted = 0; ///< held-out items the model gave it as top label
    std::int64_t correct = 0;   ///< of those, how many have it
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

/// A frequent mistake: items of `truth` that the model labelled `predicted`.
struct ConfusionPair {
    std::string truth;
    std::string predicted;
    std::int64_t count = 0;
};

/// Items whose top confidence fell in [from, to): how sure the model was, how right it was.
struct CalibrationBin {
    double from = 0;
    double to = 0;
    std::int64_t count = 0;
    double confidence = 0; ///< mean top confidence in the bin
    double accuracy = 0;   ///< share of the bin whose top label was right
};

/// The lowest confidence threshold at which the model's top labels reach `target`
/// precision, and the share of items at or above it (what could be accepted automatically).
struct CoverageAtPrecision {
    double target = 0;
    bool reached = false; ///< false when no threshold reaches the target
    double threshold = 1; ///< labels with confidence >= threshold are that precise
    double coverage = 0;  ///< share of held-out items at or above the threshold
    double precision = 0; ///< precision actually observed above the threshold
    std::int64_t covered = 0;
};

/// Accuracy at one level of a taxonomy: is the top label under the right ancestor?
struct LevelAccuracy {
    int depth = 0; ///< 1 for the top level
    std::int64_t count = 0;
    double accuracy = 0;
};

/// A model's evaluation on held-out items: what `assay model eval` shows and what is
/// stored with the model.
struct Evaluation {
    std::int64_t trainSize = 0;
    std::int64_t testSize = 0;
    double accuracy = 0;     ///< top label is right (for multiple choice: one of the right ones)
    double top3Accuracy = 0; ///< a right label is among the top three
    double macroF1 = 0;      ///< mean F1 over labels that occur in the truth or the predictions
    double calibrationError = 0;           ///< expected calibration error over the bins
    std::vector<LabelScore> labels;        ///< by support, most frequent first
    std::vector<ConfusionPair> confusions; ///< most frequent first
    std::vector<CalibrationBin> calibration;
    std::vector<CoverageAtPrecision> coverage;
    std::vector<LevelAccuracy> levels; ///< taxonomy fields: one per level, leaf level last

    /// JSON with snake_case keys; `labels` is an object keyed by label.
    std::string toJson(bool pretty = false) const;
    static Result<Evaluation> fromJson(std::string_view json);
};

} // namespace assay::core
