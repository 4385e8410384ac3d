#include "model/ModelTrainer.h"

#include "io/JsonWriter.h"
#include "model/ClassifierTrainer.h"
#include "model/TrainingData.h"
#include "project/Project.h"

#include <chrono>

namespace assay::core {

ModelTrainer::ModelTrainer(Project &project)
    : m_project(project)
{}

Result<TrainReport> ModelTrainer::train(const std::string &fieldName, const TrainOptions &options)
{
    const auto start = std::chrono::steady_clock::now();
    auto field = m_project.schema().field(fieldName);
    if (!field)
        return field.error();
    if (!field->isChoice())
        return Error(ErrorCode::InvalidArgument,
                     "field '" + field->name +
                         "' holds spans; the model labels choice fields only");
    ASSAY_TRY(options.params.validate());
    auto taxonomy = m_project.schema().taxonomy(field->id);
    if (!taxonomy)
        return taxonomy.error();

    auto data = TrainingData::fromProject(m_project, *field);
    if (!data)
        return data.error();
    for (const LabelledFile &file : options.files)
        ASSAY_TRY(data->addLabelledFile(file, **taxonomy));
    if (data->examples.empty())
        return Error(ErrorCode::Validation,
                     "field '" + field->name +
                         "' has no labelled items to train on: accept or settle some "
                         "annotations first (items in state accepted or gold), or give "
                         "labelled data with --data");

    TrainReport report;
    report.fromGold = data->fromGold;
    report.fromAccepted = data->fromAccepted;
    report.fromFiles = data->fromFiles;
    report.conflicting = data->conflicting;

    std::vector<const LabelledExample *> train;
    std::vector<const LabelledExample *> test;
    // With very few examples every one is needed for training; evaluation would say little.
    const double holdout =
        data->examples.size() >= 2 * ClassifierTrainer::kMinExamples ? options.params.holdout : 0.0;
    TrainingFile::split(data->examples, holdout, options.params.seed, train, test);

    auto trained = ClassifierTrainer::train(
        train, options.params, field->kind == FieldKind::MultiChoice, options.progress);
    if (!trained) {
        Error error = trained.error();
        if (error.code == ErrorCode::Validation)
            error.message = "field '" + field->name + "': " + error.message;
        return error;
    }
    report.params = trained->params;
    report.trainSeconds = trained->seconds;
    report.trainSize = static_cast<std::int64_t>(train.size());
    report.testSize = static_cast<std::int64_t>(test.size());
    report.labels = trained->data.labels;

    if (!test.empty()) {
        LabelSpace space;
        std::unordered_map<std::int64_t, int> indexOf;
        for (const Label &label : (*taxonomy)->labels()) {
            int parent = -1;
            if (auto found = indexOf.find(label.parentId); found != indexOf.end())
                parent = found->second;
            indexOf[label.id] = space.add(label.path, parent);
        }
        report.evaluation = ClassifierTrainer::evaluate(*trained->classifier, test, space, indexOf,
                                                        report.trainSize);
        report.evaluated = true;
    }
    report.evaluation.trainSize = report.trainSize;

    auto blob = trained->classifier->toBlob();
    if (!blob)
        return blob.error();
    NewModel model;
    model.fieldId = field->id;
    model.params = trained->params.toJson();
    model.trainSize = report.trainSize;
    model.trainHash = trained->data.sha256;
    model.evaluation = report.evaluated ? report.evaluation.toJson() : "{}";
    model.data = std::move(blob).value();

    auto transaction = Transaction::begin(m_project.database());
    if (!transaction)
        return transaction.error();
    auto stored = ModelStore(m_project.database()).add(model);
    if (!stored)
        return stored.error();
    std::string detail = "{\"model_id\":" + std::to_string(stored->id) +
                         ",\"version\":" + std::to_string(stored->version) +
                         ",\"train_size\":" + std::to_string(report.trainSize) +
                         ",\"test_size\":" + std::to_string(report.testSize);
    if (report.evaluated)
        detail += ",\"accuracy\":" + std::to_string(report.evaluation.accuracy);
    detail += "}";
    ASSAY_TRY(
        m_project.audit().record(options.userId, "model.train", "field:" + field->name, detail));
    ASSAY_TRY(transaction->commit());
    report.model = std::move(stored).value();
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace assay::core
