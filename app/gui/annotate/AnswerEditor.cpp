#include "annotate/AnswerEditor.h"

#include "annotate/ItemDraft.h"
#include "annotate/SetValueCommand.h"
#include "annotate/TextOffsets.h"
#include "project/CoreStrings.h"

#include <QUndoStack>
#include <algorithm>
#include <tuple>

namespace assay::gui {
namespace {

core::Error refuse(const QString &message)
{
    return core::Error(core::ErrorCode::Validation, stdstr(message));
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000);
}

} // namespace

AnswerEditor::AnswerEditor(ItemDraft &draft, QUndoStack &stack, TaxonomyLookup taxonomies)
    : m_draft(draft)
    , m_stack(stack)
    , m_taxonomies(std::move(taxonomies))
{}

core::Result<const core::Label *> AnswerEditor::selectableLabel(const core::Taxonomy &taxonomy,
                                                                std::int64_t labelId) const
{
    const core::Label *label = taxonomy.byId(labelId);
    if (!label)
        return refuse(tr("That label is no longer in the schema."));
    if (label->deprecated)
        return refuse(tr("“%1” is deprecated; choose another label.").arg(qstr(label->path)));
    if (!taxonomy.isSelectable(labelId))
        return refuse(tr("“%1” is a group; choose one of its sub-labels.").arg(qstr(label->name)));
    return label;
}

void AnswerEditor::push(std::int64_t fieldId, core::AnnotationValue after, const QString &text)
{
    m_stack.push(
        new SetValueCommand(m_draft, fieldId, m_draft.value(fieldId), std::move(after), text));
}

core::Status AnswerEditor::chooseLabel(std::int64_t fieldId, std::int64_t labelId)
{
    auto taxonomy = m_taxonomies(fieldId);
    if (!taxonomy || !taxonomy->field().isChoice())
        return refuse(tr("This field does not take labels from a list."));
    auto label = selectableLabel(*taxonomy, labelId);
    if (!label)
        return label.error();
    const core::AnnotationValue &before = m_draft.value(fieldId);
    const auto chosen = std::find_if(before.choices.begin(), before.choices.end(),
                                     [&](const core::Choice &c) { return c.labelId == labelId; });
    core::AnnotationValue after;
    if (taxonomy->field().kind == core::FieldKind::SingleChoice) {
        if (chosen != before.choices.end() && before.choices.size() == 1)
            return {};
        after.choices.push_back({labelId, std::nullopt});
        push(fieldId, after, tr("Choose “%1”").arg(qstr((*label)->name)));
        return {};
    }
    after = before;
    if (chosen != before.choices.end()) {
        after.choices.erase(after.choices.begin() + (chosen - before.choices.begin()));
        push(fieldId, after, tr("Remove “%1”").arg(qstr((*label)->name)));
    } else {
        after.choices.push_back({labelId, std::nullopt});
        push(fieldId, after, tr("Add “%1”").arg(qstr((*label)->name)));
    }
    return {};
}

core::Status AnswerEditor::removeLabel(std::int64_t fieldId, std::int64_t labelId)
{
    core::AnnotationValue after = m_draft.value(fieldId);
    const auto erased =
        std::erase_if(after.choices, [&](const core::Choice &c) { return c.labelId == labelId; });
    if (erased == 0)
        return {};
    auto taxonomy = m_taxonomies(fieldId);
    const core::Label *label = taxonomy ? taxonomy->byId(labelId) : nullptr;
    push(fieldId, after, tr("Remove “%1”").arg(label ? qstr(label->name) : QString()));
    return {};
}

QString AnswerEditor::spanText(std::int64_t start, std::int64_t end) const
{
    const TextOffsets offsets(m_text);
    const qsizetype from = offsets.toUtf16(start);
    QString text = m_text.mid(from, offsets.toUtf16(end) - from).simplified();
    if (text.size() > 24)
        text = text.left(23) + QChar(0x2026);
    return text;
}

core::Result<int> AnswerEditor::markSpan(std::int64_t fieldId, std::int64_t start, std::int64_t end,
                                         std::int64_t labelId)
{
    auto taxonomy = m_taxonomies(fieldId);
    if (!taxonomy || taxonomy->field().kind != core::FieldKind::Spans)
        return refuse(tr("This field does not take spans."));
    auto label = selectableLabel(*taxonomy, labelId);
    if (!label)
        return label.error();
    const TextOffsets offsets(m_text);
    const std::int64_t low = std::min(start, end);
    const std::int64_t high = std::max(start, end);
    start = std::clamp<std::int64_t>(low, 0, offsets.codePointCount());
    end = std::clamp<std::int64_t>(high, 0, offsets.codePointCount());
    while (start < end && isSpace(m_text.at(offsets.toUtf16(start))))
        ++start;
    while (end > start && isSpace(m_text.at(offsets.toUtf16(end - 1))))
        --end;
    if (start >= end)
        return refuse(tr("Select some text first (Shift+arrow keys or the mouse), then press "
                         "the label's key."));

    const core::AnnotationValue &before = m_draft.value(fieldId);
    for (std::size_t i = 0; i < before.spans.size(); ++i) {
        const core::Span &span = before.spans[i];
        if (span.start == start && span.end == end) {
            if (span.labelId != labelId)
                ASSAY_TRY(relabelSpan(fieldId, static_cast<int>(i), labelId));
            return static_cast<int>(i);
        }
    }
    if (!taxonomy->field().allowOverlap) {
        for (const core::Span &span : before.spans) {
            if (span.start < end && start < span.end) {
                const core::Label *other = taxonomy->byId(span.labelId);
                return refuse(tr("“%1” overlaps the span “%2” (%3), and spans in “%4” may not "
                                 "overlap. Remove or change that span first: put the cursor in "
                                 "it and press Delete, or press another label's key.")
                                  .arg(spanText(start, end), spanText(span.start, span.end),
                                       other ? qstr(other->name) : QString(),
                                       qstr(taxonomy->field().name)));
            }
        }
    }
    core::AnnotationValue after = before;
    const core::Span added{start, end, labelId};
    const auto at = std::upper_bound(after.spans.begin(), after.spans.end(), added,
                                     [](const core::Span &a, const core::Span &b) {
                                         return std::tie(a.start, a.end) < std::tie(b.start, b.end);
                                     });
    const int index = static_cast<int>(at - after.spans.begin());
    after.spans.insert(at, added);
    push(fieldId, after, tr("Mark “%1” as %2").arg(spanText(start, end), qstr((*label)->name)));
    return index;
}

core::Status AnswerEditor::relabelSpan(std::int64_t fieldId, int index, std::int64_t labelId)
{
    auto taxonomy = m_taxonomies(fieldId);
    core::AnnotationValue after = m_draft.value(fieldId);
    if (!taxonomy || index < 0 || index >= static_cast<int>(after.spans.size()))
        return refuse(tr("There is no span there."));
    auto label = selectableLabel(*taxonomy, labelId);
    if (!label)
        return label.error();
    core::Span &span = after.spans[static_cast<std::size_t>(index)];
    if (span.labelId == labelId)
        return {};
    span.labelId = labelId;
    push(fieldId, after,
         tr("Change “%1” to %2").arg(spanText(span.start, span.end), qstr((*label)->name)));
    return {};
}

core::Status AnswerEditor::removeSpan(std::int64_t fieldId, int index)
{
    core::AnnotationValue after = m_draft.value(fieldId);
    if (index < 0 || index >= static_cast<int>(after.spans.size()))
        return refuse(tr("There is no span there."));
    const core::Span span = after.spans[static_cast<std::size_t>(index)];
    after.spans.erase(after.spans.begin() + index);
    push(fieldId, after, tr("Remove span “%1”").arg(spanText(span.start, span.end)));
    return {};
}

} // namespace assay::gui
