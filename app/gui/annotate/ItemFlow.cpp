#include "annotate/ItemFlow.h"

#include "labels/RecentLabels.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"
#include "workflow/Workflow.h"

namespace assay::gui {
ItemFlow::ItemFlow(ProjectSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_undo.setObjectName(QStringLiteral("annotateUndoStack"));
    connect(&m_undo, &QUndoStack::indexChanged, this, [this] {
        if (!m_loading)
            saveDraft();
    });
}

ItemFlow::~ItemFlow()
{
    // The undo stack empties itself when destroyed: that must not touch the draft store.
    disconnect(&m_undo, nullptr, this, nullptr);
}

core::Status ItemFlow::start()
{
    stop();
    if (!m_session.isOpen() || !m_session.hasUser())
        return core::Error(core::ErrorCode::InvalidArgument,
                           "open a project and choose a user first");
    core::Project &project = m_session.project();
    const std::int64_t userId = m_session.userId();
    m_queue = std::make_unique<AnnotationQueue>(project, userId, m_order);
    m_drafts = std::make_unique<DraftStore>(project, userId);
    m_recent = std::make_unique<RecentLabels>(m_session.path(), userId);
    if (auto counted = m_queue->recount(); !counted.ok()) {
        stop();
        return counted.error();
    }
    return showCurrent();
}

void ItemFlow::stop()
{
    m_loading = true;
    m_undo.clear();
    m_loading = false;
    m_item.reset();
    m_parked.clear();
    m_queue.reset();
    m_drafts.reset();
    m_recent.reset();
}

core::Status ItemFlow::setQueueOrder(core::QueueOrder order)
{
    if (order == m_order)
        return {};
    m_order = order;
    if (!m_queue)
        return {};
    m_queue->setOrder(order);
    return refreshItems();
}

core::Status ItemFlow::refreshItems()
{
    if (!m_queue)
        return {};
    m_queue->restart();
    ASSAY_TRY(m_queue->recount());
    if (!m_item)
        return showCurrent();
    auto reloaded = LoadedItem::load(m_session.project(), m_session.userId(), m_item->item.id);
    if (!reloaded)
        return reloaded.error();
    // Only what others wrote is taken in: the answers on screen and their undo stay as
    // they are.
    m_item->item = std::move(reloaded->item);
    m_item->modelChoices = std::move(reloaded->modelChoices);
    emit suggestionsChanged();
    emit progressChanged();
    return {};
}

std::int64_t ItemFlow::position() const
{
    return m_queue ? m_queue->position() : 0;
}

std::int64_t ItemFlow::remaining() const
{
    return m_queue ? m_queue->remaining() : 0;
}

std::int64_t ItemFlow::handledCount() const
{
    return m_queue ? m_queue->handledCount() : 0;
}

bool ItemFlow::canGoBack() const
{
    return m_queue && m_queue->canGoBack();
}

bool ItemFlow::isRevisiting() const
{
    return m_queue && m_queue->isRevisiting();
}

std::int64_t ItemFlow::elapsedMs() const
{
    return m_carriedMs + (m_timer.isValid() ? m_timer.elapsed() : 0);
}

core::Status ItemFlow::showCurrent()
{
    core::Project &project = m_session.project();
    std::optional<LoadedItem> loaded;
    while (!loaded) {
        auto id = m_queue->current();
        if (!id)
            return id.error();
        if (!*id)
            break;
        auto item = LoadedItem::load(project, m_session.userId(), **id);
        if (!item)
            return item.error();
        if (!m_queue->isRevisiting() && !core::isOpenForAnnotation(item->item.state)) {
            m_queue->dropHead(); // closed by others since the queue was read
            continue;
        }
        loaded = std::move(item).value();
    }

    m_loading = true;
    m_undo.clear();
    m_item = std::move(loaded);
    std::int64_t itemId = 0;
    ItemDraft::Values values;
    m_carriedMs = 0;
    if (m_item) {
        itemId = m_item->item.id;
        values = m_item->mine;
        for (const auto &[fieldId, ms] : m_item->myTimeMs)
            m_carriedMs = std::max(m_carriedMs, ms);
        if (auto parked = m_parked.find(itemId); parked != m_parked.end()) {
            values = std::move(parked->second);
            m_parked.erase(parked);
        } else if (auto saved = m_drafts->load(); saved && saved->itemId == itemId) {
            values = std::move(saved->values);
            m_carriedMs = saved->elapsedMs;
        }
    }
    m_draft.reset(itemId, std::move(values));
    m_timer.restart();
    m_loading = false;
    emit itemChanged();
    emit progressChanged();
    return {};
}

void ItemFlow::saveDraft()
{
    if (!m_item || !m_drafts)
        return;
    if (m_undo.isClean()) {
        (void)m_drafts->clear();
        return;
    }
    // A failed draft write must not stop the annotator; the next edit tries again.
    (void)m_drafts->save({m_item->item.id, elapsedMs(), m_draft.values()});
}

void ItemFlow::park()
{
    if (m_item && !m_undo.isClean())
        m_parked[m_item->item.id] = m_draft.values();
}

std::optional<std::int64_t> ItemFlow::unansweredField() const
{
    for (const core::Field &field : m_session.fields())
        if (field.kind == core::FieldKind::SingleChoice && m_draft.value(field.id).choices.empty())
            return field.id;
    return std::nullopt;
}

core::Status ItemFlow::submit()
{
    if (!m_item)
        return core::Error(core::ErrorCode::InvalidArgument,
                           stdstr(tr("There is no item to submit.")));
    if (m_session.fields().empty())
        return core::Error(core::ErrorCode::Validation,
                           stdstr(tr("This project has no fields yet: add them in the schema "
                                     "before labelling.")));
    if (auto missing = unansweredField()) {
        const core::Field *field = m_session.field(*missing);
        return core::Error(
            core::ErrorCode::Validation,
            stdstr(
                tr("Choose a label for “%1” first.").arg(field ? qstr(field->name) : QString())));
    }
    std::vector<core::FieldAnswer> answers;
    std::vector<std::pair<std::int64_t, std::vector<std::int64_t>>> chosen;
    for (const core::Field &field : m_session.fields()) {
        core::FieldAnswer answer{field.id, m_draft.value(field.id)};
        std::vector<std::int64_t> labels;
        for (core::Choice &choice : answer.value.choices) {
            choice.confidence.reset();
            labels.push_back(choice.labelId);
        }
        chosen.emplace_back(field.id, std::move(labels));
        answers.push_back(std::move(answer));
    }
    const std::int64_t itemId = m_item->item.id;
    auto outcome = core::Workflow(m_session.project())
                       .submit(m_session.userId(), itemId, answers, elapsedMs());
    if (!outcome)
        return outcome.error();
    (void)m_drafts->clear();
    for (const auto &[fieldId, labels] : chosen)
        m_recent->note(fieldId, labels);
    m_session.notifyAnnotated(itemId);
    m_queue->advance();
    return showCurrent();
}

core::Status ItemFlow::skip(const QString &reason)
{
    if (!m_item)
        return core::Error(core::ErrorCode::InvalidArgument,
                           stdstr(tr("There is no item to skip.")));
    ASSAY_TRY(core::Workflow(m_session.project())
                  .skip(m_session.userId(), m_item->item.id, stdstr(reason)));
    (void)m_drafts->clear();
    m_queue->advance();
    return showCurrent();
}

core::Status ItemFlow::back()
{
    if (!canGoBack())
        return {};
    park();
    m_queue->back();
    return showCurrent();
}

core::Status ItemFlow::forward()
{
    if (!isRevisiting())
        return {};
    park();
    m_queue->advance();
    return showCurrent();
}

} // namespace assay::gui
