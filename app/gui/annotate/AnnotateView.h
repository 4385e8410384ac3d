#pragma once

#include "annotate/AnswerEditor.h"
#include "annotate/ItemFlow.h"

#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabBar;
class QTimer;

namespace assay::gui {

class ItemTextView;
class LabelPicker;
class MessageBanner;
class MetadataPanel;
class ProjectSession;
class QueueHeader;
class SpanFieldPanel;
class SpanMarker;

/// Where the annotator works their queue, one item at a time: the text on the left, the
/// active field on the right (a label picker for choice fields, the legend and span list
/// for span fields), queue position and time above, Back / Skip / Submit below. Built for
/// the keyboard: type to search, 1–9 for suggestions, Shift+arrows and a hotkey for spans,
/// Enter to submit, Ctrl+PgUp/PgDown between fields.
class AnnotateView : public QWidget
{
    Q_OBJECT

public:
    explicit AnnotateView(ProjectSession &session, QWidget *parent = nullptr);
    ~AnnotateView() override;

    /// Starts the session user's queue and shows its first item.
    core::Status start();
    /// Leaves the queue (project closing or user changing).
    void stop();

    /// The queue, draft and undo stack behind the view, and its main widgets (for the window
    /// and for tests).
    ItemFlow &flow() { return m_flow; }
    QUndoStack &undoStack() { return m_flow.undoStack(); }
    LabelPicker *picker() const { return m_picker; }
    ItemTextView *textView() const { return m_text; }
    MessageBanner *banner() const { return m_banner; }
    /// The field being answered: index into the session's fields (-1 when there are none).
    int activeField() const { return m_active; }
    /// Makes field `index` the one being answered, and gives its editor the keyboard.
    void setActiveField(int index, bool giveFocus = true);
    /// The item text's size in points, and whether the item details show.
    int textPointSize() const { return m_pointSize; }
    bool isMetadataVisible() const;

public slots:
    /// Stores the answers and shows the next item; says what is missing instead when a
    /// single-choice field has no label.
    void submit();
    /// Asks for a reason, then skips.
    void skip();
    /// Skips the item with `reason`.
    void skipWithReason(const QString &reason);
    /// The item handled before this one; back towards the head of the queue.
    void back();
    void forward();
    /// The next or previous field, wrapping round.
    void nextField();
    void previousField();
    /// Larger, smaller and normal item text (kept in the settings).
    void zoomIn();
    void zoomOut();
    void zoomReset();
    /// Shows or hides the item details under the text.
    void setMetadataVisible(bool visible);
    /// Gives the label search box the keyboard (when the field is a choice field).
    void focusSearch();
    /// Orders the queue by import or least certain first; the item on screen stays.
    void setQueueOrder(core::QueueOrder order);

signals:
    /// Back/forward availability or the item changed: menus update their actions.
    void navigationChanged();

private:
    void buildLayout();
    void connectSignals();
    void showItem();
    void showEmpty();
    void refreshField(std::int64_t fieldId);
    void refreshSuggestions();
    void refreshTabs();
    void refreshProgress();
    void handleLabelKey(const QString &key);
    void handleNumberKey(int number);
    void removeAtCursor();
    int fieldIndex(std::int64_t fieldId) const;
    const core::Field *activeFieldInfo() const;
    void setPointSize(int points);
    bool report(const core::Status &status);

    ProjectSession &m_session;
    ItemFlow m_flow;
    AnswerEditor m_editor;
    int m_active = -1;
    int m_pointSize = 16;
    SpanMarker *m_spans = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_workPage = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QueueHeader *m_header = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    ItemTextView *m_text = nullptr;
    MetadataPanel *m_metadata = nullptr;
    QTabBar *m_fieldTabs = nullptr;
    QLabel *m_fieldHint = nullptr;
    QStackedWidget *m_fieldStack = nullptr;
    LabelPicker *m_picker = nullptr;
    SpanFieldPanel *m_spanPanel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_forwardButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QTimer *m_clock = nullptr;
};

} // namespace assay::gui
