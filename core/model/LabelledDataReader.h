#pragma once

#include "error/Result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace assay::core {

/// Outside labelled data: a JSONL, CSV or TSV file (chosen by extension) and the members or
/// columns holding the text and the label.
struct LabelledFile {
    std::string path;
    std::string textField = "text";
    std::string labelField = "label";
    std::string encoding = "auto"; ///< or an iconv name such as "GB18030"
};

/// A text and its labels as read from a labelled file, before labels are resolved.
struct LabelledText {
    std::int64_t line = 0; ///< 1-based line in the file, for messages
    std::string text;
    std::vector<std::string> labels;
};

/// Reads labelled data with the item importers' sources, so a file that imports as items
/// reads the same way here. In JSONL the label is a string, a number, or a list of them for
/// several labels; in CSV and TSV it is the text of the label column, one label a row.
/// Blank lines are skipped. Any other problem is an error naming the file, the line and
/// what is wrong.
class LabelledDataReader
{
public:
    static Result<std::vector<LabelledText>> read(const LabelledFile &file);
};

} // namespace assay::core
