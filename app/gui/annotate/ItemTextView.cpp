#include "annotate/ItemTextView.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolTip>
#include <QWheelEvent>

namespace assay::gui {

ItemTextView::ItemTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("itemText"));
    setReadOnly(true);
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    setCursorWidth(2);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    document()->setDocumentMargin(22);
    QFont font(QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"),
                           QStringLiteral("DejaVu Sans")},
               16);
    setFont(font);
}

void ItemTextView::setItemText(const QString &text)
{
    m_highlights.clear();
    setExtraSelections({});
    // Positions must stay those of the text: a CR before a LF becomes an invisible
    // zero-width space, a lone CR a line break of the same length.
    QString shown = text;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (shown.at(i) == QLatin1Char('\r'))
            shown[i] = i + 1 < shown.size() && shown.at(i + 1) == QLatin1Char('\n') ? QChar(0x200B)
                                                                                    : QChar(0x2028);
    }
    setPlainText(shown);
    m_offsets = TextOffsets(text);
    applyLineSpacing();
    moveCursor(QTextCursor::Start);
}

void ItemTextView::applyLineSpacing()
{
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    QTextBlockFormat format;
    format.setLineHeight(165, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(8);
    all.mergeBlockFormat(format);
}

void ItemTextView::setTextPointSize(int points)
{
    QFont f = font();
    f.setPointSize(points);
    setFont(f);
    document()->setDefaultFont(f);
}

void ItemTextView::setHighlights(std::vector<Highlight> highlights)
{
    m_highlights = std::move(highlights);
    QList<QTextEdit::ExtraSelection> selections;
    for (const Highlight &highlight : m_highlights) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(static_cast<int>(m_offsets.toUtf16(highlight.start)));
        selection.cursor.setPosition(static_cast<int>(m_offsets.toUtf16(highlight.end)),
                                     QTextCursor::KeepAnchor);
        QColor tint = highlight.color;
        tint.setAlphaF(highlight.current ? 0.42f : 0.22f);
        selection.format.setBackground(tint);
        selection.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        selection.format.setUnderlineColor(highlight.color);
        if (highlight.current)
            selection.format.setFontWeight(QFont::DemiBold);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

std::pair<std::int64_t, std::int64_t> ItemTextView::selectedRange() const
{
    const QTextCursor cursor = textCursor();
    return {m_offsets.toCodePoint(cursor.selectionStart()),
            m_offsets.toCodePoint(cursor.selectionEnd())};
}

std::int64_t ItemTextView::cursorCodePoint() const
{
    return m_offsets.toCodePoint(textCursor().position());
}

void ItemTextView::selectRange(std::int64_t start, std::int64_t end)
{
    QTextCursor cursor(document());
    cursor.setPosition(static_cast<int>(m_offsets.toUtf16(start)));
    if (end != start)
        cursor.setPosition(static_cast<int>(m_offsets.toUtf16(end)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void ItemTextView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers == Qt::NoModifier) {
            emit enterPressed();
            return;
        }
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (modifiers == Qt::NoModifier) {
            emit removeKeyPressed();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (textCursor().hasSelection()) {
            QTextCursor cursor = textCursor();
            cursor.clearSelection();
            setTextCursor(cursor);
        } else {
            emit escapePressed();
        }
        return;
    default:
        break;
    }
    if (plain && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9 &&
        modifiers == Qt::NoModifier) {
        emit numberKeyPressed(event->key() - Qt::Key_0);
        return;
    }
    const QString text = event->text();
    if (plain && text.size() == 1 && text.at(0).isPrint() && !text.at(0).isSpace()) {
        emit labelKeyPressed(text.toLower());
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void ItemTextView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            emit zoomRequested(steps);
        event->accept();
        return;
    }
    QTextEdit::wheelEvent(event);
}

bool ItemTextView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFromParent(help->pos());
        const std::int64_t at = m_offsets.toCodePoint(cursorForPosition(inViewport).position());
        QStringList tips;
        for (const Highlight &highlight : m_highlights)
            if (highlight.start <= at && at < highlight.end && !highlight.tip.isEmpty())
                tips << highlight.tip;
        if (tips.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tips.join(QLatin1Char('\n')), this);
        return true;
    }
    return QTextEdit::event(event);
}

} // namespace assay::gui
