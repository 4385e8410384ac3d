#pragma once

#include "error/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace assay::core {

/// How the model takes part in annotation.
enum class ModelMode {
    Suggest, ///< annotators see its top labels
    Blind,   ///< hidden from annotators, counted as a vote when deciding agreement
    Off      ///< neither shown nor counted
};

std::string_view modelModeName(ModelMode mode);
std::optional<ModelMode> parseModelMode(std::string_view name);

/// The project's workflow rules. Stored in the project as JSON; unknown keys are kept out.
struct Policy {
    int annotatorsPerItem = 1;
    ModelMode modelMode = ModelMode::Suggest;
    double reviewShare = 0.1;   ///< share of accepted items sampled for a reviewer
    double goldShare = 0.0;     ///< share of known-answer items mixed into queues
    double examPassScore = 0.8; ///< accuracy on gold items an annotator needs for real work
    int suggestionCount = 5;    ///< how many model labels the annotator sees

    std::string toJson() const;
    /// Reads a stored policy; missing keys keep their defaults, bad values are an error.
    static Result<Policy> fromJson(std::string_view json);
};

} // namespace assay::core
