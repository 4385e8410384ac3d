#pragma once

#include "model/Classifier.h"

#include <optional>
#include <string_view>
#include <vector>

namespace assay::core {

/// How the uncertainty of a prediction is measured for the "least certain first" queue.
enum class UncertaintyMeasure {
    Margin, ///< 1 − (p₁ − p₂): close runners-up mean uncertain
    Entropy ///< entropy of the top labels' probabilities (the rest as one outcome), 0…1
};

std::string_view uncertaintyMeasureName(UncertaintyMeasure measure);
std::optional<UncertaintyMeasure> parseUncertaintyMeasure(std::string_view name);

/// The uncertainty of a ranked prediction, in [0, 1]; higher is less certain. `labelCount`
/// is the number of labels the model knows (it scales the entropy).
double uncertaintyOf(const std::vector<RankedLabel> &ranked, UncertaintyMeasure measure,
                     std::size_t labelCount);

} // namespace assay::core
