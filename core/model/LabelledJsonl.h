#pragma once

#include "error/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace assay::core {

/// A text and its labels as read from a labelled file, before labels are resolved.
struct LabelledText {
    std::int64_t line = 0; ///< 1-based line in the file, for messages
    std::string text;
    std::vector<std::string> labels;
};

/// Reads labelled JSONL: one object a line, with the text in `textField` and the label in
/// `labelField` — a string, a number, or a list of them for several labels. Blank lines are
/// skipped. Any other problem is an error naming the file, the line and what is wrong.
class LabelledJsonl {
public:
    static Result<std::vector<LabelledText>>
    read(const std::string &path, const std::string &textField, const std::string &labelField);
};

} // namespace assay::core
