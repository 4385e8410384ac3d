#include "schema/Field.h"

namespace assay::core {

std::string_view fieldKindName(FieldKind kind)
{
    switch (kind) {
    case FieldKind::SingleChoice:
        return "single";
    case FieldKind::MultiChoice:
        return "multi";
    case FieldKind::Spans:
        return "spans";
    }
    return "single";
}

std::optional<FieldKind> parseFieldKind(std::string_view name)
{
    if (name == "single" || name == "single-choice" || name == "choice")
        return FieldKind::SingleChoice;
    if (name == "multi" || name == "multi-choice" || name == "multiple")
        return FieldKind::MultiChoice;
    if (name == "spans" || name == "span" || name == "ner")
        return FieldKind::Spans;
    return std::nullopt;
}

} // namespace assay::core
