#pragma once

#include "annotate/TextOffsets.h"

#include <QColor>
#include <QTextEdit>
#include <utility>
#include <vector>

namespace assay::gui {

/// The item's text, large and calm, read-only but with a keyboard cursor: Shift+arrow keys
/// or the mouse select, and the keys a labeller presses (label hotkeys, 1–9, Delete, Enter)
/// are passed on as signals. Spans show as coloured highlights. Positions it speaks of are
/// code points, converted from Qt's UTF-16 positions.
class ItemTextView : public QTextEdit
{
    Q_OBJECT

public:
    /// One highlighted range, in code points.
    struct Highlight {
        std::int64_t start = 0;
        std::int64_t end = 0;
        QColor color;
        bool current = false; ///< the span under the cursor: drawn stronger, underlined
        QString tip;
    };

    explicit ItemTextView(QWidget *parent = nullptr);

    /// Shows `text` with the cursor at its start and no highlights.
    void setItemText(const QString &text);
    /// How the text's code points map to Qt's positions.
    const TextOffsets &offsets() const { return m_offsets; }
    /// Draws `highlights` over the text, replacing those drawn before.
    void setHighlights(std::vector<Highlight> highlights);

    /// The selection as [start, end) in code points; start == end when nothing is selected.
    std::pair<std::int64_t, std::int64_t> selectedRange() const;
    /// The cursor's position in code points.
    std::int64_t cursorCodePoint() const;
    /// Selects [start, end) (code points), or places the cursor when they are equal.
    void selectRange(std::int64_t start, std::int64_t end);
    /// Sets the text's size in points.
    void setTextPointSize(int points);

signals:
    /// A printable key other than 1–9 was pressed without Ctrl or Alt (lower-cased).
    void labelKeyPressed(const QString &key);
    /// A key 1–9 was pressed.
    void numberKeyPressed(int number);
    /// Delete or Backspace was pressed.
    void removeKeyPressed();
    /// Enter was pressed without modifiers.
    void enterPressed();
    /// Escape was pressed with nothing selected.
    void escapePressed();
    /// Ctrl+wheel asked for larger (positive) or smaller text.
    void zoomRequested(int steps);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    void applyLineSpacing();

    TextOffsets m_offsets;
    std::vector<Highlight> m_highlights;
};

} // namespace assay::gui
