#include "annotate/SpanMarker.h"

#include "annotate/AnswerEditor.h"
#include "annotate/ItemFlow.h"
#include "annotate/ItemTextView.h"
#include "annotate/SpanFieldPanel.h"
#include "labels/LabelColors.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"

namespace assay::gui {

SpanMarker::SpanMarker(ProjectSession &session, ItemFlow &flow, AnswerEditor &editor,
                       ItemTextView &text, SpanFieldPanel &panel, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_flow(flow)
    , m_editor(editor)
    , m_text(text)
    , m_panel(panel)
{}

void SpanMarker::reset()
{
    m_colors.clear();
    for (const core::Field &field : m_session.fields()) {
        if (field.kind != core::FieldKind::Spans)
            continue;
        if (auto taxonomy = m_session.taxonomy(field.id)) {
            int index = 0;
            for (const core::Label &label : taxonomy->labels())
                m_colors[field.id][label.id] = labelColor(label, index++);
        }
    }
}

std::optional<std::pair<std::int64_t, std::int64_t>>
SpanMarker::labelForKey(const QString &key, const core::Field *preferred) const
{
    std::vector<const core::Field *> candidates;
    if (preferred && preferred->kind == core::FieldKind::Spans)
        candidates.push_back(preferred);
    for (const core::Field &field : m_session.fields())
        if (field.kind == core::FieldKind::Spans && &field != preferred)
            candidates.push_back(&field);
    for (const core::Field *field : candidates) {
        auto taxonomy = m_session.taxonomy(field->id);
        if (!taxonomy)
            continue;
        for (const core::Label &label : taxonomy->labels())
            if (!label.deprecated && qstr(label.hotkey).compare(key, Qt::CaseInsensitive) == 0 &&
                taxonomy->isSelectable(label.id))
                return std::make_pair(field->id, label.id);
    }
    return std::nullopt;
}

int SpanMarker::spanAtCursor(std::int64_t fieldId) const
{
    const auto &spans = m_flow.draft().value(fieldId).spans;
    const std::int64_t at = m_text.cursorCodePoint();
    int touching = -1;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].start <= at && at < spans[i].end)
            return static_cast<int>(i);
        if (spans[i].end == at)
            touching = static_cast<int>(i);
    }
    return touching;
}

core::Status SpanMarker::mark(std::int64_t fieldId, std::int64_t labelId)
{
    const auto [start, end] = m_text.selectedRange();
    if (start == end) {
        const int span = spanAtCursor(fieldId);
        if (span >= 0)
            return m_editor.relabelSpan(fieldId, span, labelId);
    }
    auto marked = m_editor.markSpan(fieldId, start, end, labelId);
    if (!marked)
        return marked.error();
    // The cursor goes to the span's end, ready for the next selection.
    const auto &spans = m_flow.draft().value(fieldId).spans;
    if (*marked >= 0 && *marked < static_cast<int>(spans.size()))
        m_text.selectRange(spans[static_cast<std::size_t>(*marked)].end,
                           spans[static_cast<std::size_t>(*marked)].end);
    return {};
}

core::Status SpanMarker::removeAtCursor(std::int64_t fieldId)
{
    const int span = spanAtCursor(fieldId);
    if (span < 0)
        return core::Error(core::ErrorCode::Validation,
                           stdstr(tr("Put the cursor in a span to remove it.")));
    return m_editor.removeSpan(fieldId, span);
}

void SpanMarker::showSpan(std::int64_t fieldId, int index)
{
    const auto &spans = m_flow.draft().value(fieldId).spans;
    if (index >= 0 && index < static_cast<int>(spans.size()))
        m_text.selectRange(spans[static_cast<std::size_t>(index)].start,
                           spans[static_cast<std::size_t>(index)].start);
}

void SpanMarker::refresh(const core::Field *active)
{
    if (!m_flow.hasItem())
        return;
    const bool selecting = m_text.textCursor().hasSelection();
    std::vector<ItemTextView::Highlight> highlights;
    for (const core::Field &field : m_session.fields()) {
        if (field.kind != core::FieldKind::Spans)
            continue;
        auto taxonomy = m_session.taxonomy(field.id);
        const auto &colors = m_colors[field.id];
        const auto &spans = m_flow.draft().value(field.id).spans;
        const int current =
            active && active->id == field.id && !selecting ? spanAtCursor(field.id) : -1;
        for (std::size_t i = 0; i < spans.size(); ++i) {
            const core::Label *label = taxonomy ? taxonomy->byId(spans[i].labelId) : nullptr;
            const auto color = colors.find(spans[i].labelId);
            highlights.push_back({spans[i].start, spans[i].end,
                                  color == colors.end() ? QColor(Qt::gray) : color->second,
                                  static_cast<int>(i) == current,
                                  label ? qstr(field.name + ": " + label->name) : QString()});
        }
        if (active && active->id == field.id)
            m_panel.setSpans(spans, m_flow.item().text, m_flow.item().offsets, current);
    }
    m_text.setHighlights(std::move(highlights));
}

} // namespace assay::gui
