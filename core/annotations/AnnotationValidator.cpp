#include "annotations/AnnotationValidator.h"

#include "schema/Taxonomy.h"

#include <algorithm>
#include <set>

namespace assay::core {
namespace {

Error invalid(const Taxonomy &taxonomy, const std::string &what)
{
    return Error(ErrorCode::Validation, "field '" + taxonomy.field().name + "': " + what);
}

Status checkLabel(const Taxonomy &taxonomy, std::int64_t labelId, bool isModel)
{
    const Label *label = taxonomy.byId(labelId);
    if (!label)
        return invalid(taxonomy, "unknown label id " + std::to_string(labelId));
    if (!taxonomy.isSelectable(labelId))
        return invalid(taxonomy,
                       "label '" + label->path + "' is not a leaf; choose one of its sub-labels");
    if (label->deprecated && !isModel)
        return invalid(taxonomy, "label '" + label->path + "' is deprecated");
    return {};
}

} // namespace

Status validateAnnotation(const Taxonomy &taxonomy, std::int64_t textLength,
                          const NewAnnotation &annotation)
{
    const Field &field = taxonomy.field();
    const bool isModel = annotation.author.isModel();
    const AnnotationValue &value = annotation.value;

    if (field.isChoice()) {
        if (!value.spans.empty())
            return invalid(taxonomy, "a choice field takes labels, not spans");
        if (field.kind == FieldKind::SingleChoice && !isModel && value.choices.empty())
            return invalid(taxonomy, "choose a label");
        if (field.kind == FieldKind::SingleChoice && !isModel && value.choices.size() > 1)
            return invalid(taxonomy, "a single-choice field takes one label, got " +
                                         std::to_string(value.choices.size()));
        std::set<std::int64_t> seen;
        for (const Choice &choice : value.choices) {
            ASSAY_TRY(checkLabel(taxonomy, choice.labelId, isModel));
            if (!seen.insert(choice.labelId).second)
                return invalid(taxonomy, "label '" + taxonomy.byId(choice.labelId)->path +
                                             "' is given twice");
            if (choice.confidence && (*choice.confidence < 0.0 || *choice.confidence > 1.0))
                return invalid(taxonomy, "confidence must lie between 0 and 1");
        }
        return {};
    }

    if (!value.choices.empty())
        return invalid(taxonomy, "a span field takes spans, not labels");
    std::vector<Span> spans = value.spans;
    for (const Span &span : spans) {
        ASSAY_TRY(checkLabel(taxonomy, span.labelId, isModel));
        const std::string where =
            "[" + std::to_string(span.start) + ", " + std::to_string(span.end) + ")";
        if (span.start < 0 || span.end > textLength)
            return invalid(taxonomy, "span " + where + " lies outside the text (length " +
                                         std::to_string(textLength) + " characters)");
        if (span.start >= span.end)
            return invalid(taxonomy, "span " + where + " is empty or reversed");
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return std::tie(a.start, a.end, a.labelId) < std::tie(b.start, b.end, b.labelId);
    });
    for (std::size_t i = 1; i < spans.size(); ++i) {
        const Span &a = spans[i - 1];
        const Span &b = spans[i];
        if (a == b)
            return invalid(taxonomy, "span [" + std::to_string(a.start) + ", " +
                                         std::to_string(a.end) + ") is given twice");
        if (!field.allowOverlap && b.start < a.end)
            return invalid(taxonomy, "spans [" + std::to_string(a.start) + ", " +
                                         std::to_string(a.end) + ") and [" +
                                         std::to_string(b.start) + ", " + std::to_string(b.end) +
                                         ") overlap, and this field does not allow overlaps");
    }
    return {};
}

} // namespace assay::core
