// Pre-labelling keeps the model's scores in item_scores: a new item with a score is
// suggested, the queue orders by the scores, and version-2 projects migrate to it.
#include "ModelFixtures.h"
#include "model/ModelTrainer.h"
#include "model/Prelabeler.h"
#include "storage/Migrations.h"
#include "workflow/Workflow.h"

#include <set>

using namespace assay;
using namespace assay::core;

namespace {

std::unique_ptr<Project> prelabelledProject(const test::TempDir &dir, std::size_t items,
                                            std::size_t accepted)
{
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(items, 71), accepted);
    if (!project)
        return nullptr;
    TrainOptions train;
    train.params.threads = 1;
    EXPECT_TRUE(ModelTrainer(*project).train("topic", train).ok());
    PrelabelOptions options;
    options.threads = 1;
    auto report = Prelabeler(*project).run("topic", options);
    EXPECT_TRUE(report.ok()) << report.error().toString();
    return project;
}

std::vector<std::int64_t> leastCertainFirst(Project &project, std::int64_t user, std::int64_t after,
                                            int limit)
{
    auto ids = Workflow(project).nextItems(user, after, limit, QueueOrder::LeastCertainFirst);
    EXPECT_TRUE(ids.ok()) << ids.error().toString();
    return ids.ok() ? *ids : std::vector<std::int64_t>{};
}

} // namespace

TEST(ItemScores, PredictedNewItemsAreSuggestedWithoutRewritingTheItemRow)
{
    test::TempDir dir;
    auto project = prelabelledProject(dir, 120, 30);
    ASSERT_TRUE(project);
    Database &db = project->database();
    // The stored state of the new items is untouched; their scores make them suggested.
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM items WHERE state = 0"), 90);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM item_scores"), 120);
    const auto counts = *project->items().stateCounts();
    EXPECT_EQ(counts[static_cast<int>(ItemState::Suggested)], 90);
    EXPECT_EQ(counts[static_cast<int>(ItemState::New)], 0);
    ASSAY_ASSERT_OK(project->items().recountStates());
    EXPECT_EQ(*project->items().stateCounts(), counts);

    ItemFilter suggested;
    suggested.state = ItemState::Suggested;
    auto page = project->items().page(0, 1000, suggested);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->size(), 90u);
    for (const Item &item : *page) {
        EXPECT_EQ(item.state, ItemState::Suggested);
        EXPECT_TRUE(item.uncertainty.has_value());
    }
    ItemFilter fresh;
    fresh.state = ItemState::New;
    EXPECT_TRUE(project->items().page(0, 1000, fresh)->empty());

    // Moving a predicted item on and back keeps the counts true; back to new it is suggested.
    const std::int64_t id = page->front().id;
    ASSAY_ASSERT_OK(project->items().setState(id, ItemState::InProgress));
    EXPECT_EQ(project->items().get(id)->state, ItemState::InProgress);
    ASSAY_ASSERT_OK(project->items().setState(id, ItemState::New));
    EXPECT_EQ(project->items().get(id)->state, ItemState::Suggested);
    const auto after = *project->items().stateCounts();
    ASSAY_ASSERT_OK(project->items().recountStates());
    EXPECT_EQ(*project->items().stateCounts(), after);
    EXPECT_EQ(after[static_cast<int>(ItemState::Suggested)], 90);
}

TEST(ItemScores, QueueAfterPrelabellingPagesThroughOpenItemsLeastCertainFirst)
{
    test::TempDir dir;
    auto project = prelabelledProject(dir, 150, 40);
    ASSERT_TRUE(project);
    auto user = project->users().add("reader", {Role::Annotator});
    ASSERT_TRUE(user.ok());
    std::vector<std::int64_t> all;
    std::int64_t after = 0;
    while (true) {
        auto page = leastCertainFirst(*project, user->id, after, 7);
        if (page.empty())
            break;
        all.insert(all.end(), page.begin(), page.end());
        after = page.back();
    }
    // Every open item once (the 40 accepted ones are not open), most uncertain first.
    ASSERT_EQ(all.size(), 110u);
    EXPECT_EQ(std::set<std::int64_t>(all.begin(), all.end()).size(), 110u);
    double previous = 2.0;
    for (std::int64_t id : all) {
        auto item = project->items().get(id);
        ASSERT_TRUE(item.ok());
        EXPECT_TRUE(isOpenForAnnotation(item->state)) << id;
        ASSERT_TRUE(item->uncertainty.has_value());
        EXPECT_LE(*item->uncertainty, previous);
        previous = *item->uncertainty;
    }
    // An item that leaves the open states leaves the queue.
    ASSAY_ASSERT_OK(project->items().setState(all.front(), ItemState::Accepted));
    EXPECT_EQ(leastCertainFirst(*project, user->id, 0, 1), std::vector<std::int64_t>{all[1]});
}

TEST(ItemScores, AVersion2ProjectMigratesWithItsScoresStatesAndQueue)
{
    test::TempDir dir;
    auto project = prelabelledProject(dir, 100, 20);
    ASSERT_TRUE(project);
    auto user = project->users().add("reader", {Role::Annotator});
    ASSERT_TRUE(user.ok());
    const auto queue = leastCertainFirst(*project, user->id, 0, 100);
    const auto counts = *project->items().stateCounts();
    const std::string path = project->path();
    test::downgradeToVersion2(project->database());
    EXPECT_EQ(*project->database().queryInt("SELECT count(*) FROM items WHERE uncertainty IS "
                                            "NOT NULL AND state = 1"),
              80);
    project.reset();

    auto reopened = Project::open(path);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toString();
    project = std::move(*reopened);
    Database &db = project->database();
    EXPECT_EQ(*db.queryInt("PRAGMA user_version"), kSchemaVersion);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM pragma_table_info('items') WHERE name = "
                           "'uncertainty'"),
              0);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = "
                           "'items_open_uncertain'"),
              0);
    EXPECT_EQ(*db.queryInt("SELECT count(*) FROM item_scores WHERE uncertainty IS NOT NULL"), 100);
    EXPECT_EQ(*project->items().stateCounts(), counts);
    ASSAY_ASSERT_OK(project->items().recountStates());
    EXPECT_EQ(*project->items().stateCounts(), counts);
    EXPECT_EQ(leastCertainFirst(*project, user->id, 0, 100), queue);
    // Pre-labelling again after the migration has nothing left to do.
    auto again = Prelabeler(*project).run("topic", {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->labelled, 0);
    EXPECT_EQ(again->alreadyDone, 100);
}
