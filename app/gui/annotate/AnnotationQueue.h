#pragma once

#include "error/Result.h"
#include "workflow/Workflow.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <unordered_set>
#include <vector>

namespace assay::core {
class Project;
}

namespace assay::gui {

/// The current user's way through their queue in this session: the items ahead (fetched
/// from core::Workflow a chunk at a time), and the items already handled, so that the user
/// can go back to them and return.
class AnnotationQueue
{
public:
    static constexpr int kChunk = 64;

    AnnotationQueue(core::Project &project, std::int64_t userId,
                    core::QueueOrder order = core::QueueOrder::ById);

    /// The order in which items come; takes effect at the next restart().
    core::QueueOrder order() const { return m_order; }
    void setOrder(core::QueueOrder order) { m_order = order; }
    /// Reads the items ahead again from the start of the queue (after a change of order, or
    /// after the model labelled items and their uncertainty changed). The item at the head
    /// stays where it is, and the items handled in this session stay handled.
    void restart();

    /// The item to show: a handled one being revisited, else the head of the queue;
    /// nullopt when the queue is empty.
    core::Result<std::optional<std::int64_t>> current();
    /// The current item was submitted or skipped: move to the next one.
    void advance();
    /// Drops the head without counting it handled (it was closed by someone else).
    void dropHead();

    /// Whether an item handled before the current one can be shown.
    bool canGoBack() const { return m_position > 0; }
    /// Shows the previously handled item.
    void back();
    /// Whether current() is an item handled earlier in this session.
    bool isRevisiting() const { return m_position < m_history.size(); }

    /// Items submitted or skipped in this session.
    std::int64_t handledCount() const { return static_cast<std::int64_t>(m_history.size()); }
    /// 1-based position of current() among the session's items.
    std::int64_t position() const { return static_cast<std::int64_t>(m_position) + 1; }
    /// Items still waiting for this user (counted when the queue started, kept up to date
    /// from then on); the current head included.
    std::int64_t remaining() const { return m_remaining; }
    /// Counts the remaining items again.
    core::Status recount();

private:
    core::Status fetch();

    core::Project &m_project;
    std::int64_t m_userId;
    core::QueueOrder m_order;
    std::deque<std::int64_t> m_ahead;
    std::int64_t m_lastFetched = 0;
    bool m_exhausted = false;
    std::vector<std::int64_t> m_history;
    std::unordered_set<std::int64_t> m_handled;
    std::size_t m_position = 0; ///< index into m_history; == size() at the head
    std::int64_t m_remaining = 0;
};

} // namespace assay::gui
