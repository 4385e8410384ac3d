#pragma once

#include "error/Result.h"
#include "schema/Field.h"

#include <QColor>
#include <QObject>
#include <map>
#include <optional>
#include <utility>

namespace assay::gui {

class AnswerEditor;
class ItemFlow;
class ItemTextView;
class ProjectSession;
class SpanFieldPanel;

/// Ties the item text to the span fields: the selection or the span under the cursor, a
/// label key pressed, the highlights drawn in the text and the span panel's list.
class SpanMarker : public QObject
{
    Q_OBJECT

public:
    SpanMarker(ProjectSession &session, ItemFlow &flow, AnswerEditor &editor, ItemTextView &text,
               SpanFieldPanel &panel, QObject *parent = nullptr);

    /// Takes the colours of the session's span fields (after the schema was loaded).
    void reset();

    /// The span label whose hotkey is `key`: in `preferred` (when it is a span field) first,
    /// then in any span field. Returns (field id, label id).
    std::optional<std::pair<std::int64_t, std::int64_t>>
    labelForKey(const QString &key, const core::Field *preferred) const;

    /// Marks the selection with `labelId` of span field `fieldId`; with nothing selected,
    /// gives the span under the cursor that label instead.
    core::Status mark(std::int64_t fieldId, std::int64_t labelId);
    /// Removes the span of `fieldId` under the cursor.
    core::Status removeAtCursor(std::int64_t fieldId);
    /// Puts the cursor at the start of span `index` of `fieldId`.
    void showSpan(std::int64_t fieldId, int index);

    /// Redraws the highlights, the span under the cursor standing out in `active`; and, when
    /// `active` is a span field, the panel's list.
    void refresh(const core::Field *active);

private:
    int spanAtCursor(std::int64_t fieldId) const;

    ProjectSession &m_session;
    ItemFlow &m_flow;
    AnswerEditor &m_editor;
    ItemTextView &m_text;
    SpanFieldPanel &m_panel;
    std::map<std::int64_t, std::map<std::int64_t, QColor>> m_colors; ///< per field, per label
};

} // namespace assay::gui
