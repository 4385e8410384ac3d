#include "workflow/Workflow.h"

#include "io/JsonWriter.h"
#include "project/Clock.h"
#include "project/Project.h"

#include <map>
#include <set>

namespace assay::core {

Workflow::Workflow(Project &project)
    : m_project(project)
{}

namespace {

// The queue's candidate set: open states, matching the partial indexes items_open*.
constexpr const char *kOpenItems = "items.state IN (0, 1, 2, 5)";
constexpr const char *kNotDoneByUser =
    " AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.user_id = ?1 AND a.item_id = items.id)"
    " AND NOT EXISTS (SELECT 1 FROM skips s WHERE s.user_id = ?1 AND s.item_id = items.id)";

} // namespace

Result<std::vector<std::int64_t>> Workflow::nextItems(std::int64_t userId, std::int64_t afterId,
                                                      int limit, QueueOrder order)
{
    Database &db = m_project.database();
    std::string sql;
    if (order == QueueOrder::ById) {
        sql = std::string("SELECT id FROM items WHERE ") + kOpenItems + " AND id > ?2" +
              kNotDoneByUser + " ORDER BY id LIMIT ?3";
    } else {
        // Most uncertain first; after `afterId` means later in that order. Items without a
        // prediction follow in id order. The scores have a narrow table of their own, so
        // this walks its index and looks up the items it meets.
        sql = std::string("SELECT id FROM (SELECT items.id AS id, sc.uncertainty FROM "
                          "item_scores sc INDEXED BY item_scores_uncertain CROSS JOIN items "
                          "ON items.id = sc.item_id WHERE sc.uncertainty IS NOT NULL AND ") +
              kOpenItems +
              " AND (?2 = 0 OR sc.uncertainty < (SELECT uncertainty FROM item_scores WHERE "
              "item_id = ?2) OR (sc.uncertainty = (SELECT uncertainty FROM item_scores WHERE "
              "item_id = ?2) AND sc.item_id > ?2))" +
              kNotDoneByUser + " ORDER BY sc.uncertainty DESC, sc.item_id LIMIT ?3)";
    }
    auto stmt = db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, userId).bind(2, afterId).bind(3, limit);
    std::vector<std::int64_t> ids;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.push_back((*stmt)->columnInt(0));
    }
    if (order == QueueOrder::LeastCertainFirst && static_cast<int>(ids.size()) < limit) {
        // Continue with the items the model has not scored.
        auto rest = db.cached(std::string("SELECT id FROM items WHERE ") + kOpenItems +
                              " AND NOT EXISTS (SELECT 1 FROM item_scores sc WHERE sc.item_id = "
                              "items.id AND sc.uncertainty IS NOT NULL) AND id > ?2" +
                              kNotDoneByUser + " ORDER BY id LIMIT ?3");
        if (!rest)
            return rest.error();
        auto anchor = m_project.items().get(afterId);
        const bool afterUnscored = anchor.ok() && !anchor->uncertainty;
        (*rest)->bind(1, userId).bind(2, afterUnscored ? afterId : 0);
        (*rest)->bind(3, limit - static_cast<int>(ids.size()));
        while (true) {
            auto row = (*rest)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            ids.push_back((*rest)->columnInt(0));
        }
    }
    return ids;
}

Result<std::int64_t> Workflow::remaining(std::int64_t userId)
{
    // Open items (kept counted by state) less the open ones this user already did or
    // skipped: the cost follows the user's own work, not the size of the project.
    auto counts = m_project.items().stateCounts();
    if (!counts)
        return counts.error();
    std::int64_t open = 0;
    for (ItemState state : kAllItemStates)
        if (isOpenForAnnotation(state))
            open += (*counts)[static_cast<std::size_t>(state)];
    auto stmt =
        m_project.database().cached(std::string("SELECT count(*) FROM items WHERE ") + kOpenItems +
                                    " AND id IN (SELECT item_id FROM annotations WHERE user_id = ?1"
                                    " UNION SELECT item_id FROM skips WHERE user_id = ?1)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, userId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const std::int64_t done = (*stmt)->columnInt(0);
    (*stmt)->reset();
    return open - done;
}

Result<SubmitOutcome> Workflow::submit(std::int64_t userId, std::int64_t itemId,
                                       const std::vector<FieldAnswer> &answers,
                                       std::optional<std::int64_t> timeSpentMs)
{
    auto user = m_project.users().byId(userId);
    if (!user)
        return user.error();
    if (!user->active)
        return Error(ErrorCode::PermissionDenied, "user '" + user->name + "' is deactivated");
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return transaction.error();

    SubmitOutcome outcome;
    for (const FieldAnswer &answer : answers) {
        NewAnnotation annotation;
        annotation.itemId = itemId;
        annotation.fieldId = answer.fieldId;
        annotation.author = Author::user(userId);
        annotation.value = answer.value;
        annotation.timeSpentMs = timeSpentMs;
        auto stored = m_project.annotations().add(annotation);
        if (!stored)
            return stored.error();
        outcome.annotations.push_back(std::move(stored).value());
    }
    auto state = decide(itemId);
    if (!state)
        return state.error();
    outcome.state = *state;
    ASSAY_TRY(
        m_project.audit().record(userId, "annotate.submit", "item:" + std::to_string(itemId),
                                 "{\"state\":\"" + std::string(itemStateName(*state)) + "\"}"));
    ASSAY_TRY(transaction->commit());
    return outcome;
}

Status Workflow::skip(std::int64_t userId, std::int64_t itemId, std::string_view reason)
{
    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return transaction.error();
    auto stmt = m_project.database().cached(
        "INSERT INTO skips (item_id, user_id, reason, created_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (user_id, item_id) DO UPDATE SET reason = excluded.reason");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, itemId).bind(2, userId).bind(3, reason).bind(4, nowMillis());
    ASSAY_TRY((*stmt)->run());
    ASSAY_TRY(m_project.audit().record(userId, "annotate.skip", "item:" + std::to_string(itemId),
                                       "{\"reason\":" + jsonQuoted(reason) + "}"));
    return transaction->commit();
}

Result<ItemState> Workflow::decide(std::int64_t itemId)
{
    auto item = m_project.items().get(itemId);
    if (!item)
        return item.error();
    if (item->state == ItemState::Gold || item->state == ItemState::Conflict)
        return item->state; // decided by a reviewer or expert, not by annotators
    auto policy = m_project.policy();
    if (!policy)
        return policy.error();
    auto annotations = m_project.annotations().forItem(itemId);
    if (!annotations)
        return annotations.error();
    auto fields = m_project.schema().fields();
    if (!fields)
        return fields.error();

    std::set<std::int64_t> annotators;
    for (const Annotation &a : *annotations)
        if (a.author.userId)
            annotators.insert(*a.author.userId);

    ItemState next;
    if (annotators.empty()) {
        next = item->state;
    } else if (static_cast<int>(annotators.size()) < policy->annotatorsPerItem) {
        next = ItemState::InProgress;
    } else {
        bool agree = true;
        for (const Field &field : *fields) {
            std::vector<const AnnotationValue *> votes;
            const AnnotationValue *model = nullptr;
            for (const Annotation &a : *annotations) {
                if (a.fieldId != field.id)
                    continue;
                if (a.author.userId)
                    votes.push_back(&a.value);
                else
                    model = &a.value; // the newest model version's answer comes last
            }
            for (std::size_t i = 1; i < votes.size(); ++i)
                agree = agree && votes[i]->sameAnswer(*votes[0]);
            if (policy->modelMode == ModelMode::Blind && model && !votes.empty() &&
                field.isChoice() && !model->choices.empty()) {
                AnnotationValue top;
                top.choices.push_back({model->choices.front().labelId, std::nullopt});
                agree = agree && top.sameAnswer(*votes[0]);
            }
        }
        next = agree ? ItemState::Accepted : ItemState::Conflict;
    }
    if (next != item->state)
        ASSAY_TRY(m_project.items().setState(itemId, next));
    return next;
}

} // namespace assay::core
