#include "model/Prelabeler.h"

#include "ModelFixtures.h"
#include "model/ModelTrainer.h"
#include "workflow/Workflow.h"

using namespace assay;
using namespace assay::core;

namespace {

std::unique_ptr<Project> trainedProject(const test::TempDir &dir, std::size_t items,
                                        std::size_t accepted)
{
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(items, 21), accepted);
    if (!project)
        return nullptr;
    TrainOptions options;
    options.params.threads = 1;
    auto report = ModelTrainer(*project).train("topic", options);
    EXPECT_TRUE(report.ok()) << report.error().toString();
    return project;
}

std::int64_t queryInt(Project &project, const std::string &sql)
{
    return *project.database().queryInt(sql);
}

} // namespace

TEST(Prelabeler, LabelsEveryItemWithRankedChoicesAndUncertainty)
{
    test::TempDir dir;
    auto project = trainedProject(dir, 300, 100);
    ASSERT_TRUE(project);
    PrelabelOptions options;
    options.batchSize = 64;
    options.topK = 3;
    std::uint64_t lastDone = 0;
    std::uint64_t lastTotal = 0;
    options.progress = [&](std::uint64_t done, std::uint64_t total) {
        EXPECT_GE(done, lastDone);
        lastDone = done;
        lastTotal = total;
        return true;
    };
    auto report = Prelabeler(*project).run("topic", options);
    ASSERT_TRUE(report.ok()) << report.error().toString();
    EXPECT_EQ(report->labelled, 300);
    EXPECT_EQ(report->alreadyDone, 0);
    EXPECT_EQ(report->suggested, 200); // the 100 accepted items keep their state
    EXPECT_FALSE(report->cancelled);
    EXPECT_EQ(lastDone, 300u);
    EXPECT_EQ(lastTotal, 300u);

    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM annotations WHERE model_id IS NOT NULL "
                                 "AND version = 1 AND current = 1"),
              300);
    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM item_scores WHERE uncertainty IS NOT NULL"),
              300);
    auto labelled = ModelStore(project->database()).labelledItems(report->model.id);
    ASSERT_TRUE(labelled.ok());
    EXPECT_EQ(*labelled, 300);
    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM annotation_labels al JOIN annotations a "
                                 "ON a.id = al.annotation_id WHERE a.model_id IS NOT NULL"),
              300);
    auto counts = project->items().stateCounts();
    ASSERT_TRUE(counts.ok());
    ASSERT_TRUE(project->items().recountStates().ok());
    EXPECT_EQ(*counts, *project->items().stateCounts());
    EXPECT_EQ((*counts)[static_cast<int>(ItemState::Suggested)], 200);
    EXPECT_EQ((*counts)[static_cast<int>(ItemState::New)], 0);

    // The stored annotation reads back as three ranked labels with probabilities.
    auto item = project->items().page(0, 1);
    auto annotation = project->annotations().current((*item)[0].id, report->model.fieldId,
                                                     Author::model(report->model.id));
    ASSERT_TRUE(annotation.ok() && annotation->has_value());
    const auto &choices = (*annotation)->value.choices;
    ASSERT_EQ(choices.size(), 3u);
    EXPECT_GE(*choices[0].confidence, *choices[1].confidence);
    EXPECT_GE(*choices[1].confidence, *choices[2].confidence);
}

TEST(Prelabeler, QueueCanPutTheLeastCertainItemsFirst)
{
    test::TempDir dir;
    auto project = trainedProject(dir, 200, 60);
    ASSERT_TRUE(project);
    PrelabelOptions options;
    options.measure = UncertaintyMeasure::Entropy;
    ASSERT_TRUE(Prelabeler(*project).run("topic", options).ok());
    auto user = project->users().add("second", {Role::Annotator});
    ASSERT_TRUE(user.ok());
    auto queue = Workflow(*project).nextItems(user->id, 0, 50, QueueOrder::LeastCertainFirst);
    ASSERT_TRUE(queue.ok());
    ASSERT_EQ(queue->size(), 50u);
    double previous = 2.0;
    for (std::int64_t id : *queue) {
        const double uncertainty = *project->items().get(id)->uncertainty;
        EXPECT_LE(uncertainty, previous);
        previous = uncertainty;
    }
    const double most = *project->items().get(queue->front())->uncertainty;
    auto higher = project->database().prepare(
        "SELECT count(*) FROM item_scores sc JOIN items i ON i.id = sc.item_id "
        "WHERE i.state IN (0, 1, 2, 5) AND sc.uncertainty > ?");
    ASSERT_TRUE(higher.ok());
    higher->bind(1, most);
    ASSERT_TRUE(*higher->step());
    EXPECT_EQ(higher->columnInt(0), 0);
}

TEST(Prelabeler, ResumesAfterACancelWithoutRedoingAnything)
{
    test::TempDir dir;
    auto project = trainedProject(dir, 400, 50);
    ASSERT_TRUE(project);
    PrelabelOptions options;
    options.batchSize = 32;
    options.progress = [](std::uint64_t done, std::uint64_t) {
        return done == 0;
    };
    auto first = Prelabeler(*project).run("topic", options);
    ASSERT_TRUE(first.ok()) << first.error().toString();
    EXPECT_TRUE(first->cancelled);
    EXPECT_EQ(first->labelled, 32);
    EXPECT_EQ(first->remaining, 400 - 32);
    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM annotations WHERE model_id IS NOT NULL"),
              32);

    options.progress = {};
    auto second = Prelabeler(*project).run("topic", options);
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->cancelled);
    EXPECT_EQ(second->alreadyDone, 32);
    EXPECT_EQ(second->labelled, 400 - 32);
    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM annotations WHERE model_id IS NOT NULL"),
              400);
    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM (SELECT item_id FROM annotations WHERE "
                                 "model_id IS NOT NULL GROUP BY item_id HAVING count(*) > 1)"),
              0);

    auto third = Prelabeler(*project).run("topic", options);
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->labelled, 0);
    EXPECT_EQ(third->alreadyDone, 400);
}

TEST(Prelabeler, ANewModelVersionLabelsEverythingAgain)
{
    test::TempDir dir;
    auto project = trainedProject(dir, 120, 60);
    ASSERT_TRUE(project);
    ASSERT_TRUE(Prelabeler(*project).run("topic", {}).ok());
    TrainOptions train;
    train.params.threads = 1;
    ASSERT_TRUE(ModelTrainer(*project).train("topic", train).ok());
    auto report = Prelabeler(*project).run("topic", {});
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->model.version, 2);
    EXPECT_EQ(report->labelled, 120);
    EXPECT_EQ(report->suggested, 0);

    PrelabelOptions old;
    old.version = 1;
    auto again = Prelabeler(*project).run("topic", old);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->labelled, 0);
    old.version = 9;
    EXPECT_FALSE(Prelabeler(*project).run("topic", old).ok());
}

TEST(Prelabeler, ADamagedModelIsAClearErrorAndChangesNothing)
{
    test::TempDir dir;
    auto project = trainedProject(dir, 60, 40);
    ASSERT_TRUE(project);
    ASSERT_TRUE(project->database()
                    .exec("UPDATE models SET data = substr(data, 1, length(data) - 100)")
                    .ok());
    const auto annotations = queryInt(*project, "SELECT count(*) FROM annotations");
    auto report = Prelabeler(*project).run("topic", {});
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("damaged"), std::string::npos) << report.error().message;
    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM annotations"), annotations);
    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM items WHERE state = 1"), 0);
    EXPECT_EQ(queryInt(*project, "SELECT count(*) FROM item_scores"), 0);
}

TEST(Prelabeler, AFieldWithoutAModelIsAClearError)
{
    test::TempDir dir;
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(20, 22), 0);
    ASSERT_TRUE(project);
    auto report = Prelabeler(*project).run("topic", {});
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("no model yet"), std::string::npos);
}

TEST(Prelabeler, UsesTheNewestTrainedModelNotImportedPredictions)
{
    test::TempDir dir;
    auto project = trainedProject(dir, 60, 40);
    ASSERT_TRUE(project);
    // Predictions imported from another tool register a model entry without a classifier.
    ASSERT_TRUE(project->database()
                    .exec("INSERT INTO models (field_id, version, kind, created_at, params) "
                          "SELECT field_id, 2, 'bert-base', 0, '{}' FROM models")
                    .ok());
    auto report = Prelabeler(*project).run("topic", {});
    ASSERT_TRUE(report.ok()) << report.error().toString();
    EXPECT_EQ(report->model.version, 1);
    PrelabelOptions imported;
    imported.version = 2;
    auto refused = Prelabeler(*project).run("topic", imported);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("imported predictions only"), std::string::npos)
        << refused.error().message;
}
