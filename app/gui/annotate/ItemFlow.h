#pragma once

#include "annotate/AnnotationQueue.h"
#include "annotate/DraftStore.h"
#include "annotate/ItemDraft.h"
#include "annotate/LoadedItem.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUndoStack>
#include <memory>
#include <optional>

namespace assay::gui {

class ProjectSession;
class RecentLabels;

/// The annotator's way through their queue: which item is on screen, the answers being
/// edited (with their undo stack and time spent), and submit, skip and back. Submitted
/// work goes to the database at once; unsubmitted edits are kept as a draft after each one.
class ItemFlow : public QObject
{
    Q_OBJECT

public:
    explicit ItemFlow(ProjectSession &session, QObject *parent = nullptr);
    ~ItemFlow() override;

    /// Starts the session user's queue and shows its first item (or the saved draft's).
    core::Status start();
    /// Leaves the queue (the project closes or the user changes); the draft stays saved.
    void stop();
    /// Whether a queue is being worked.
    bool isStarted() const { return m_queue != nullptr; }

    /// The order items come in: import order, or where the model is least certain first.
    core::QueueOrder queueOrder() const { return m_order; }
    /// Changes the order; a running queue keeps the item on screen and reorders the rest.
    core::Status setQueueOrder(core::QueueOrder order);
    /// Takes in items changed elsewhere (imported, or labelled by the model): the model's
    /// suggestions for the item on screen are read again (its answers being edited stay),
    /// and the items ahead are read again in queue order.
    core::Status refreshItems();

    /// Whether an item is on screen; false when the queue is empty.
    bool hasItem() const { return m_item.has_value(); }
    /// The item on screen (only while hasItem()), its answers being edited and their undo
    /// stack.
    const LoadedItem &item() const { return *m_item; }
    ItemDraft &draft() { return m_draft; }
    const ItemDraft &draft() const { return m_draft; }
    QUndoStack &undoStack() { return m_undo; }
    /// The user's recently chosen labels; only valid while isStarted().
    RecentLabels &recentLabels() { return *m_recent; }

    /// 1-based position of the item among those of this session.
    std::int64_t position() const;
    /// Items waiting for the user, the one on screen included.
    std::int64_t remaining() const;
    /// Items submitted or skipped in this session, and whether one can be shown again.
    std::int64_t handledCount() const;
    bool canGoBack() const;
    /// Whether the item on screen was handled earlier in this session.
    bool isRevisiting() const;

    /// The first single-choice field without an answer, if any: it must be answered first.
    std::optional<std::int64_t> unansweredField() const;
    /// Stores the answers with the time spent, then shows the next item.
    core::Status submit();
    /// Takes the item out of the queue, with the reason, then shows the next item.
    core::Status skip(const QString &reason);
    /// Shows the item handled before this one.
    core::Status back();
    /// While revisiting: moves on without changing the item.
    core::Status forward();

    /// Milliseconds spent on the item on screen, including earlier sittings of its draft.
    std::int64_t elapsedMs() const;

signals:
    /// A different item is on screen, or none (hasItem() is false: the queue is done).
    void itemChanged();
    /// The queue position or the remaining count changed.
    void progressChanged();
    /// The model's suggestions for the item on screen were read again.
    void suggestionsChanged();

private:
    core::Status showCurrent();
    void saveDraft();
    void park();

    ProjectSession &m_session;
    core::QueueOrder m_order = core::QueueOrder::ById;
    std::unique_ptr<AnnotationQueue> m_queue;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<RecentLabels> m_recent;
    std::optional<LoadedItem> m_item;
    std::map<std::int64_t, ItemDraft::Values> m_parked; ///< edits of items left by back/forward
    ItemDraft m_draft;
    QUndoStack m_undo;
    QElapsedTimer m_timer;
    std::int64_t m_carriedMs = 0;
    bool m_loading = false;
};

} // namespace assay::gui
