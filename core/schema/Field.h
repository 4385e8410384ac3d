#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace assay::core {

/// What a field asks of each item.
enum class FieldKind {
    SingleChoice, ///< exactly one label
    MultiChoice,  ///< any number of labels
    Spans         ///< labelled character ranges of the text
};

/// "single", "multi" or "spans": the names used in files and on the command line.
std::string_view fieldKindName(FieldKind kind);
std::optional<FieldKind> parseFieldKind(std::string_view name);

/// A question asked of every item, answered with labels from the field's tree.
struct Field {
    std::int64_t id = 0;
    std::string name;
    FieldKind kind = FieldKind::SingleChoice;
    bool allowOverlap = false; ///< spans only: may two spans share characters
    bool leavesOnly = true;    ///< choice fields: only leaves of the tree may be chosen
    std::string description;
    int position = 0;

    bool isChoice() const { return kind != FieldKind::Spans; }
};

} // namespace assay::core
