#include "model/ModelTrainer.h"

#include "ModelFixtures.h"
#include "io/ItemImporter.h"
#include "model/Classifier.h"
#include "model/ModelStore.h"
#include "model/Prelabeler.h"
#include "model/Tokenizer.h"
#include "schema/LabelPath.h"
#include "workflow/Workflow.h"

using namespace assay;
using namespace assay::core;

namespace {

TrainOptions seededOptions()
{
    TrainOptions options;
    options.params.threads = 1;
    options.params.seed = 7;
    return options;
}

std::int64_t auditCount(Project &project)
{
    return *project.database().queryInt("SELECT count(*) FROM audit_log");
}

} // namespace

TEST(ModelTrainer, TrainsOnAcceptedItemsEvaluatesAndStoresTheModel)
{
    test::TempDir dir;
    const auto rows = test::makeLabelledRows(300, 11);
    auto project = test::makeLabelledProject(dir, rows, 250);
    ASSERT_TRUE(project);
    auto report = ModelTrainer(*project).train("topic", seededOptions());
    ASSERT_TRUE(report.ok()) << report.error().toString();
    EXPECT_EQ(report->fromAccepted, 250);
    EXPECT_EQ(report->trainSize + report->testSize, 250);
    EXPECT_EQ(report->testSize, 50);
    EXPECT_TRUE(report->evaluated);
    EXPECT_GT(report->evaluation.accuracy, 0.85);
    EXPECT_GE(report->evaluation.top3Accuracy, report->evaluation.accuracy);
    ASSERT_EQ(report->evaluation.levels.size(), 2u);
    EXPECT_GE(report->evaluation.levels[0].accuracy, report->evaluation.levels[1].accuracy);
    EXPECT_EQ(report->model.version, 1);
    EXPECT_EQ(report->model.trainSize, 200);
    EXPECT_EQ(report->model.trainHash.size(), 64u);
    EXPECT_GT(report->model.size, 1000);

    auto second = ModelTrainer(*project).train("topic", seededOptions());
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->model.version, 2);
    EXPECT_EQ(second->model.trainHash, report->model.trainHash);
}

TEST(ModelTrainer, ModelRoundTripsThroughTheProjectFile)
{
    test::TempDir dir;
    const auto rows = test::makeLabelledRows(200, 12);
    ModelInfo stored;
    std::vector<std::vector<RankedLabel>> before;
    {
        auto project = test::makeLabelledProject(dir, rows, 200);
        ASSERT_TRUE(project);
        auto report = ModelTrainer(*project).train("topic", seededOptions());
        ASSERT_TRUE(report.ok()) << report.error().toString();
        stored = report->model;
        auto classifier = Classifier::fromBlob(*ModelStore(project->database()).data(stored.id));
        ASSERT_TRUE(classifier.ok());
        auto buffer = (*classifier)->makeBuffer();
        for (std::size_t i = 0; i < 10; ++i) {
            before.emplace_back();
            (*classifier)->predict(Tokenizer::tokens(rows[i].text), 3, *buffer, before.back());
        }
    }
    auto reopened = Project::open(dir.file("test.assay"));
    ASSERT_TRUE(reopened.ok());
    ModelStore models((*reopened)->database());
    auto info = models.latest(stored.fieldId);
    ASSERT_TRUE(info.ok() && info->has_value());
    EXPECT_EQ((*info)->id, stored.id);
    EXPECT_EQ((*info)->params, stored.params);
    EXPECT_EQ((*info)->evaluation, stored.evaluation);
    EXPECT_EQ((*info)->trainHash, stored.trainHash);
    EXPECT_EQ((*info)->createdAt, stored.createdAt);
    auto params = ModelParams::fromJson((*info)->params);
    ASSERT_TRUE(params.ok());
    EXPECT_EQ(params->threads, 1);
    EXPECT_EQ(params->seed, 7u);
    EXPECT_TRUE(params->dim.has_value());
    auto evaluation = Evaluation::fromJson((*info)->evaluation);
    ASSERT_TRUE(evaluation.ok());
    EXPECT_EQ(evaluation->trainSize, (*info)->trainSize);

    auto classifier = Classifier::fromBlob(*models.data(stored.id));
    ASSERT_TRUE(classifier.ok()) << classifier.error().toString();
    auto buffer = (*classifier)->makeBuffer();
    std::vector<RankedLabel> after;
    for (std::size_t i = 0; i < 10; ++i) {
        (*classifier)->predict(Tokenizer::tokens(rows[i].text), 3, *buffer, after);
        ASSERT_EQ(after.size(), before[i].size());
        EXPECT_EQ(after[0].label, before[i][0].label);
        EXPECT_FLOAT_EQ(after[0].probability, before[i][0].probability);
    }
}

TEST(ModelTrainer, EmptyTrainingSetIsAClearErrorAndChangesNothing)
{
    test::TempDir dir;
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(50, 13), 0);
    ASSERT_TRUE(project);
    const auto audits = auditCount(*project);
    auto report = ModelTrainer(*project).train("topic", seededOptions());
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::Validation);
    EXPECT_NE(report.error().message.find("no labelled items"), std::string::npos)
        << report.error().message;
    EXPECT_EQ(*project->database().queryInt("SELECT count(*) FROM models"), 0);
    EXPECT_EQ(auditCount(*project), audits);
}

TEST(ModelTrainer, TooFewLabelsIsAClearErrorAndChangesNothing)
{
    test::TempDir dir;
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(50, 14), 5);
    ASSERT_TRUE(project);
    const auto audits = auditCount(*project);
    auto report = ModelTrainer(*project).train("topic", seededOptions());
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("too few labels"), std::string::npos)
        << report.error().message;
    EXPECT_NE(report.error().message.find("'topic'"), std::string::npos);
    EXPECT_EQ(*project->database().queryInt("SELECT count(*) FROM models"), 0);
    EXPECT_EQ(auditCount(*project), audits);
}

TEST(ModelTrainer, AddsOutsideLabelledDataAndRejectsUnknownLabels)
{
    test::TempDir dir;
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(20, 15), 0);
    ASSERT_TRUE(project);
    TrainOptions options = seededOptions();
    // Labels by unique leaf name and by full path both resolve.
    auto rows = test::makeLabelledRows(120, 16);
    for (std::size_t i = 0; i < rows.size(); i += 2)
        rows[i].label = rows[i].label.substr(rows[i].label.find('/') + 1);
    options.files.push_back({test::writeLabelledJsonl(dir, "extra.jsonl", rows), "text", "label"});
    auto report = ModelTrainer(*project).train("topic", options);
    ASSERT_TRUE(report.ok()) << report.error().toString();
    EXPECT_EQ(report->fromFiles, 120);
    EXPECT_EQ(report->fromAccepted, 0);

    rows[3].label = "没有这个标签";
    options.files[0].path = test::writeLabelledJsonl(dir, "bad.jsonl", rows);
    auto bad = ModelTrainer(*project).train("topic", options);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().line, 4);
    EXPECT_NE(bad.error().file.find("bad.jsonl"), std::string::npos);
    EXPECT_NE(bad.error().message.find("没有这个标签"), std::string::npos);

    rows[3].label = "体育";
    options.files[0].path = test::writeLabelledJsonl(dir, "parent.jsonl", rows);
    auto parent = ModelTrainer(*project).train("topic", options);
    ASSERT_FALSE(parent.ok());
    EXPECT_NE(parent.error().message.find("not a leaf"), std::string::npos);
}

TEST(ModelTrainer, RefusesASpanField)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    Field field;
    field.name = "entities";
    field.kind = FieldKind::Spans;
    ASSERT_TRUE(project->schema().addField(field).ok());
    auto report = ModelTrainer(*project).train("entities", seededOptions());
    ASSERT_FALSE(report.ok());
    EXPECT_NE(report.error().message.find("choice fields only"), std::string::npos);
    auto missing = ModelTrainer(*project).train("nope", seededOptions());
    ASSERT_FALSE(missing.ok());
}

TEST(ModelTrainer, TrainsAMultipleChoiceFieldWithOneVsAll)
{
    test::TempDir dir;
    const auto rows = test::makeLabelledRows(200, 17);
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    Field field;
    field.name = "tags";
    field.kind = FieldKind::MultiChoice;
    auto added = project->schema().addField(field);
    ASSERT_TRUE(added.ok());
    std::vector<LabelSpec> specs;
    for (const std::string &label : test::fixtureLabels()) {
        LabelSpec spec;
        spec.path = splitLabelPath(label);
        specs.push_back(spec);
    }
    ASSERT_TRUE(project->schema().addLabels(added->id, specs).ok());
    ImportOptions import;
    import.path = test::writeLabelledJsonl(dir, "items.jsonl", rows);
    ASSERT_TRUE(ItemImporter(*project).run(import).ok);
    auto user = project->users().add("ann", {Role::Annotator});
    ASSERT_TRUE(user.ok());
    auto taxonomy = *project->schema().taxonomy(added->id);
    auto items = *project->items().page(0, 200);
    Workflow workflow(*project);
    for (std::size_t i = 0; i < items.size(); ++i) {
        FieldAnswer answer{added->id, {}};
        answer.value.choices.push_back({taxonomy->byPath(rows[i].label)->id, std::nullopt});
        // Every fifth item also carries a second label.
        if (i % 5 == 0 && rows[i].label != test::fixtureLabels()[0])
            answer.value.choices.push_back(
                {taxonomy->byPath(test::fixtureLabels()[0])->id, std::nullopt});
        ASSERT_TRUE(workflow.submit(user->id, items[i].id, {answer}, 500).ok());
    }
    auto report = ModelTrainer(*project).train("tags", seededOptions());
    ASSERT_TRUE(report.ok()) << report.error().toString();
    EXPECT_EQ(report->params.loss, ModelLoss::OneVsAll);
    EXPECT_GT(report->evaluation.accuracy, 0.8);
    auto prelabelled = Prelabeler(*project).run("tags", {});
    ASSERT_TRUE(prelabelled.ok()) << prelabelled.error().toString();
    EXPECT_EQ(prelabelled->labelled, 200);
}
