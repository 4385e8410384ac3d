#include "AnnotationFixture.h"

#include <nlohmann/json.hpp>

using namespace assay;
using namespace assay::core;

namespace {

using Ids = std::vector<std::int64_t>;

class WorkflowTest : public test::AnnotationFixture
{
protected:
    void setPolicy(int annotators, ModelMode mode)
    {
        Policy policy;
        policy.annotatorsPerItem = annotators;
        policy.modelMode = mode;
        ASSERT_TRUE(project->setPolicy(policy).ok());
    }

    Result<SubmitOutcome> submit(std::size_t user, std::size_t item, const std::string &path)
    {
        return Workflow(*project).submit(users.at(user), items.at(item),
                                         {{category.id, choices({label(category, path)})}}, 1000);
    }

    /// Submits and returns the item's new state (New when the submission failed).
    ItemState submitted(std::size_t user, std::size_t item, const std::string &path)
    {
        auto outcome = submit(user, item, path);
        EXPECT_TRUE(outcome.ok()) << outcome.error().toString();
        return outcome.ok() ? outcome->state : ItemState::New;
    }

    ItemState state(std::size_t item) { return project->items().get(items.at(item))->state; }

    void expectCountsTrue()
    {
        auto stored = project->items().stateCounts();
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(*stored, recount());
    }

    Ids queue(std::size_t user, std::int64_t afterId = 0, int limit = 100,
              QueueOrder order = QueueOrder::ById)
    {
        auto ids = Workflow(*project).nextItems(users.at(user), afterId, limit, order);
        EXPECT_TRUE(ids.ok()) << ids.error().toString();
        return ids.ok() ? *ids : Ids{};
    }
};

} // namespace

TEST_F(WorkflowTest, OneAnnotatorPerItemAcceptsOnSubmit)
{
    auto outcome = submit(0, 0, "投诉/态度");
    ASSAY_ASSERT_OK(outcome);
    EXPECT_EQ(outcome->state, ItemState::Accepted);
    ASSERT_EQ(outcome->annotations.size(), 1u);
    EXPECT_EQ(outcome->annotations[0].timeSpentMs, 1000);
    EXPECT_EQ(state(0), ItemState::Accepted);
    const auto counts = *project->items().stateCounts();
    EXPECT_EQ(counts[static_cast<int>(ItemState::Accepted)], 1);
    EXPECT_EQ(counts[static_cast<int>(ItemState::New)], 4);
    expectCountsTrue();

    auto entries = project->audit().entries();
    ASSAY_ASSERT_OK(entries);
    EXPECT_EQ(entries->back().action, "annotate.submit");
    EXPECT_EQ(entries->back().subject, "item:" + std::to_string(items[0]));
    EXPECT_EQ(entries->back().userId, users[0]);
    EXPECT_EQ(nlohmann::json::parse(entries->back().detail)["state"], "accepted");
}

TEST_F(WorkflowTest, TwoAnnotatorsAgreeOrConflict)
{
    setPolicy(2, ModelMode::Suggest);
    EXPECT_EQ(submitted(0, 0, "投诉/态度"), ItemState::InProgress);
    EXPECT_EQ(submitted(1, 0, "投诉/态度"), ItemState::Accepted);

    EXPECT_EQ(submitted(0, 1, "投诉/态度"), ItemState::InProgress);
    EXPECT_EQ(submitted(1, 1, "投诉/延误"), ItemState::Conflict);
    // A conflict is for an expert: annotators changing their minds do not settle it.
    EXPECT_EQ(submitted(1, 1, "投诉/态度"), ItemState::Conflict);

    // Re-submitting by the same annotator does not count as a second annotator.
    EXPECT_EQ(submitted(2, 2, "表扬"), ItemState::InProgress);
    EXPECT_EQ(submitted(2, 2, "投诉/态度"), ItemState::InProgress);
    expectCountsTrue();
}

TEST_F(WorkflowTest, ABlindModelVotesAndASuggestingModelDoesNot)
{
    const std::int64_t model = addModel(category);
    auto predict = [&](std::size_t item, const std::string &path) {
        NewAnnotation p{items[item],
                        category.id,
                        Author::model(model),
                        choices({label(category, path), label(category, "表扬")}, {0.8, 0.2}),
                        std::nullopt,
                        std::nullopt};
        ASSERT_TRUE(project->annotations().add(p).ok());
    };
    predict(0, "投诉/延误");
    predict(1, "投诉/态度");
    predict(2, "投诉/延误");

    setPolicy(2, ModelMode::Blind);
    EXPECT_NE(submitted(0, 0, "投诉/态度"), ItemState::New);
    EXPECT_EQ(submitted(1, 0, "投诉/态度"), ItemState::Conflict) << "people agree, the model not";
    EXPECT_NE(submitted(0, 1, "投诉/态度"), ItemState::New);
    EXPECT_EQ(submitted(1, 1, "投诉/态度"), ItemState::Accepted) << "the model's top label agrees";

    setPolicy(2, ModelMode::Suggest);
    EXPECT_NE(submitted(0, 2, "投诉/态度"), ItemState::New);
    EXPECT_EQ(submitted(1, 2, "投诉/态度"), ItemState::Accepted);
    expectCountsTrue();
}

TEST_F(WorkflowTest, ASubmissionIsAllOrNothing)
{
    const auto before = test::snapshot(*project);
    auto outcome =
        Workflow(*project).submit(users[0], items[0],
                                  {{category.id, choices({label(category, "表扬")})},
                                   {entities.id, spans({{5, 50, label(entities, "LOC")}})}},
                                  std::nullopt);
    ASSERT_FALSE(outcome.ok());
    EXPECT_NE(outcome.error().message.find("outside the text"), std::string::npos);
    EXPECT_EQ(test::snapshot(*project), before);

    ASSAY_ASSERT_OK(project->users().setActive(users[0], false));
    auto inactive = submit(0, 0, "表扬");
    ASSERT_FALSE(inactive.ok());
    EXPECT_EQ(inactive.error().code, ErrorCode::PermissionDenied);
}

TEST_F(WorkflowTest, TheQueueSkipsDoneAndSkippedItemsAndPages)
{
    Workflow workflow(*project);
    EXPECT_EQ(queue(0), (Ids{items[0], items[1], items[2], items[3], items[4]}));
    EXPECT_EQ(*workflow.remaining(users[0]), 5);

    setPolicy(2, ModelMode::Suggest);
    EXPECT_NE(submitted(0, 1, "表扬"), ItemState::New);
    ASSAY_ASSERT_OK(workflow.skip(users[0], items[3], "看不懂"));
    EXPECT_EQ(queue(0), (Ids{items[0], items[2], items[4]}));
    EXPECT_EQ(*workflow.remaining(users[0]), 3);
    EXPECT_EQ(queue(1), (Ids{items[0], items[1], items[2], items[3], items[4]}))
        << "in progress for bob, skipped only by alice";

    EXPECT_EQ(queue(0, 0, 2), (Ids{items[0], items[2]}));
    EXPECT_EQ(queue(0, items[2], 2), (Ids{items[4]}));
    EXPECT_EQ(queue(0, items[4], 2), Ids{});

    // Once accepted or in conflict, an item leaves every queue.
    EXPECT_NE(submitted(1, 1, "表扬"), ItemState::New);
    EXPECT_EQ(state(1), ItemState::Accepted);
    EXPECT_EQ(queue(2), (Ids{items[0], items[2], items[3], items[4]}));
    EXPECT_EQ(*workflow.remaining(users[2]), 4);

    auto entries = project->audit().entries();
    ASSAY_ASSERT_OK(entries);
    bool skipped = false;
    for (const AuditEntry &entry : *entries)
        skipped = skipped || (entry.action == "annotate.skip" &&
                              nlohmann::json::parse(entry.detail)["reason"] == "看不懂");
    EXPECT_TRUE(skipped);
}

TEST_F(WorkflowTest, LeastCertainFirstOrdersByUncertaintyThenUnscoredItems)
{
    ItemStore &store = project->items();
    ASSAY_ASSERT_OK(store.setUncertainty(items[0], 0.2));
    ASSAY_ASSERT_OK(store.setUncertainty(items[1], 0.9));
    ASSAY_ASSERT_OK(store.setUncertainty(items[3], 0.5));
    ASSAY_ASSERT_OK(store.setUncertainty(items[4], 0.5));
    const auto order = QueueOrder::LeastCertainFirst;
    EXPECT_EQ(queue(0, 0, 100, order), (Ids{items[1], items[3], items[4], items[0], items[2]}));

    // Paging follows the same order, across equal scores and into the unscored items.
    EXPECT_EQ(queue(0, 0, 2, order), (Ids{items[1], items[3]}));
    EXPECT_EQ(queue(0, items[3], 2, order), (Ids{items[4], items[0]}));
    EXPECT_EQ(queue(0, items[0], 2, order), (Ids{items[2]}));
    EXPECT_EQ(queue(0, items[2], 2, order), Ids{});

    EXPECT_NE(submitted(0, 1, "表扬"), ItemState::New);
    EXPECT_EQ(queue(0, 0, 100, order), (Ids{items[3], items[4], items[0], items[2]}));
}

TEST_F(WorkflowTest, StateCountsStayTrueThroughManyOperations)
{
    const std::vector<std::string> labels = {"投诉/态度", "投诉/延误", "表扬", "咨询/其他"};
    const std::int64_t model = addModel(category);
    for (int round = 0; round < 40; ++round) {
        const std::size_t item = static_cast<std::size_t>(round * 7 % 5);
        const std::size_t user = static_cast<std::size_t>(round % 3);
        if (round % 10 == 0)
            setPolicy(1 + round / 10 % 3, round % 20 == 0 ? ModelMode::Blind : ModelMode::Suggest);
        if (round % 6 == 5) {
            NewAnnotation p{items[item],
                            category.id,
                            Author::model(model),
                            choices({label(category, labels[static_cast<std::size_t>(round) % 4])}),
                            std::nullopt,
                            std::nullopt};
            ASSERT_TRUE(project->annotations().add(p).ok());
            ASSERT_TRUE(project->items().setState(items[item], ItemState::Suggested).ok());
        } else if (round % 4 == 3) {
            ASSERT_TRUE(Workflow(*project).skip(users[user], items[item], "").ok());
        } else {
            ASSERT_TRUE(submit(user, item, labels[static_cast<std::size_t>(round * 3) % 4]).ok());
        }
        ASSERT_TRUE(Workflow(*project).decide(items[(item + 1) % 5]).ok());
        const auto stored = *project->items().stateCounts();
        ASSERT_EQ(stored, recount()) << "after round " << round;
    }
    std::int64_t total = 0;
    const StateCounts counts = *project->items().stateCounts();
    for (auto n : counts)
        total += n;
    EXPECT_EQ(total, 5);
    ASSAY_ASSERT_OK(project->items().recountStates());
    EXPECT_EQ(*project->items().stateCounts(), recount());
}
