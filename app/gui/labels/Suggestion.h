#pragma once

#include "annotations/Annotation.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace assay::core {
class Taxonomy;
}

namespace assay::gui {

/// A label offered in the suggestion strip, picked with keys 1–9.
struct Suggestion {
    std::int64_t labelId = 0;
    std::optional<double> confidence; ///< the model's, for model suggestions
    bool fromModel = false;
};

/// Up to `total` suggestions: the model's first `modelCount` labels (best first), then the
/// user's recent labels not already offered. Labels that cannot be chosen are left out.
std::vector<Suggestion> buildSuggestions(const core::Taxonomy &taxonomy,
                                         const std::vector<core::Choice> &modelChoices,
                                         int modelCount, const std::vector<std::int64_t> &recent,
                                         int total = 9);

} // namespace assay::gui
