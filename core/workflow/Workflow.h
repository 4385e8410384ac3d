#pragma once

#include "annotations/Annotation.h"
#include "error/Result.h"
#include "items/ItemState.h"

#include <vector>

namespace assay::core {

class Project;

/// How the annotation queue is ordered.
enum class QueueOrder {
    ById,             ///< import order
    LeastCertainFirst ///< where the model is least sure (items it has not seen come last)
};

/// One field's answer in a submission.
struct FieldAnswer {
    std::int64_t fieldId = 0;
    AnnotationValue value;
};

/// What a submission led to.
struct SubmitOutcome {
    std::vector<Annotation> annotations;
    ItemState state = ItemState::New;
};

/// The per-item workflow: annotators' queues, submissions and the policy decision that
/// follows them (more annotators needed, accepted on agreement, or conflict for an expert).
class Workflow
{
public:
    explicit Workflow(Project &project);

    /// Up to `limit` items that `userId` should work next, after `afterId` in queue order
    /// (pass 0 to start): open items the user has neither annotated nor skipped.
    Result<std::vector<std::int64_t>> nextItems(std::int64_t userId, std::int64_t afterId,
                                                int limit, QueueOrder order = QueueOrder::ById);
    /// Open items the user has not yet done (or skipped): the queue's length.
    Result<std::int64_t> remaining(std::int64_t userId);

    /// Stores a person's answers for an item, all-or-nothing, and moves the item on.
    Result<SubmitOutcome> submit(std::int64_t userId, std::int64_t itemId,
                                 const std::vector<FieldAnswer> &answers,
                                 std::optional<std::int64_t> timeSpentMs);
    /// Takes the item out of the user's queue, recording why.
    Status skip(std::int64_t userId, std::int64_t itemId, std::string_view reason);

    /// Re-decides an item's state from its current annotations under the project's policy.
    Result<ItemState> decide(std::int64_t itemId);

private:
    Project &m_project;
};

} // namespace assay::core
