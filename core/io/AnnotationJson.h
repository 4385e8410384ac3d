#pragma once

#include "annotations/Annotation.h"
#include "error/Result.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace assay::core {

class Taxonomy;

/// Reads the labels of a choice field: a label reference (path, or unique name or alias) or a
/// list of them; optional `scores` (same length, each in [0, 1]) become confidences.
Result<AnnotationValue> choicesFromJson(const Taxonomy &taxonomy,
                                        const nlohmann::ordered_json &labels,
                                        const nlohmann::ordered_json *scores = nullptr);

/// Reads the spans of a span field: a list of [start, end, label] or of objects
/// {"start", "end", "label"}; offsets are code points, end exclusive.
Result<AnnotationValue> spansFromJson(const Taxonomy &taxonomy,
                                      const nlohmann::ordered_json &spans);

/// Appends the value's members for the export format: "labels":[paths] (and "scores") for
/// choices, "spans":[{"start","end","label","text"}] for spans; each preceded by a comma.
void appendValueJson(std::string &out, const Taxonomy &taxonomy, const AnnotationValue &value,
                     std::string_view itemText);

} // namespace assay::core
