#include "annotate/AnnotationQueue.h"

#include "project/Project.h"
#include "workflow/Workflow.h"

#include <algorithm>
#include <optional>

namespace assay::gui {

AnnotationQueue::AnnotationQueue(core::Project &project, std::int64_t userId,
                                 core::QueueOrder order)
    : m_project(project)
    , m_userId(userId)
    , m_order(order)
{}

void AnnotationQueue::restart()
{
    // The head may be on screen with unsaved edits: keep it. The next fetch (once the head is
    // handled) starts over in the queue's order and skips what this session has handled.
    std::optional<std::int64_t> head;
    if (!m_ahead.empty())
        head = m_ahead.front();
    m_ahead.clear();
    if (head)
        m_ahead.push_back(*head);
    m_lastFetched = 0;
    m_exhausted = false;
}

core::Status AnnotationQueue::recount()
{
    auto remaining = core::Workflow(m_project).remaining(m_userId);
    if (!remaining)
        return remaining.error();
    m_remaining = *remaining;
    return {};
}

core::Status AnnotationQueue::fetch()
{
    auto ids = core::Workflow(m_project).nextItems(m_userId, m_lastFetched, kChunk, m_order);
    if (!ids)
        return ids.error();
    if (ids->empty()) {
        m_exhausted = true;
        return {};
    }
    m_lastFetched = ids->back();
    for (std::int64_t id : *ids) {
        // An item handled in this session and reopened (e.g. returned) is not shown twice.
        if (!m_handled.contains(id))
            m_ahead.push_back(id);
    }
    return {};
}

core::Result<std::optional<std::int64_t>> AnnotationQueue::current()
{
    if (isRevisiting())
        return std::optional<std::int64_t>(m_history[m_position]);
    while (m_ahead.empty() && !m_exhausted)
        ASSAY_TRY(fetch());
    if (m_ahead.empty())
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(m_ahead.front());
}

void AnnotationQueue::advance()
{
    if (isRevisiting()) {
        ++m_position;
        return;
    }
    if (m_ahead.empty())
        return;
    m_history.push_back(m_ahead.front());
    m_handled.insert(m_ahead.front());
    m_ahead.pop_front();
    m_position = m_history.size();
    m_remaining = std::max<std::int64_t>(0, m_remaining - 1);
}

void AnnotationQueue::dropHead()
{
    if (!isRevisiting() && !m_ahead.empty()) {
        m_ahead.pop_front();
        m_remaining = std::max<std::int64_t>(0, m_remaining - 1);
    }
}

void AnnotationQueue::back()
{
    if (m_position > 0)
        --m_position;
}

} // namespace assay::gui
