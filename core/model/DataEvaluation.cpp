#include "model/DataEvaluation.h"

#include "model/ClassifierTrainer.h"
#include "model/LabelledDataReader.h"

#include <chrono>

namespace assay::core {
namespace {

std::vector<LabelledExample> toExamples(std::vector<LabelledText> &rows, LabelSpace &space,
                                        std::unordered_map<std::int64_t, int> &indexOf)
{
    std::vector<LabelledExample> examples;
    examples.reserve(rows.size());
    for (LabelledText &row : rows) {
        LabelledExample example;
        example.text = std::move(row.text);
        for (const std::string &label : row.labels) {
            const int index = space.addPath(label);
            indexOf[index] = index;
            example.labels.push_back(index);
        }
        examples.push_back(std::move(example));
    }
    return examples;
}

} // namespace

Result<DataEvaluationReport> DataEvaluation::run(const DataEvaluationOptions &options)
{
    ASSAY_TRY(options.params.validate());
    auto trainRows = LabelledDataReader::read(
        {options.trainPath, options.textField, options.labelField, options.encoding});
    if (!trainRows)
        return trainRows.error();
    auto testRows = LabelledDataReader::read(
        {options.testPath, options.textField, options.labelField, options.encoding});
    if (!testRows)
        return testRows.error();
    if (testRows->empty())
        return Error(ErrorCode::Validation, "there is nothing to evaluate on: no labelled rows",
                     options.testPath);

    LabelSpace space;
    std::unordered_map<std::int64_t, int> indexOf;
    bool multiLabel = false;
    for (const LabelledText &row : *trainRows)
        multiLabel = multiLabel || row.labels.size() > 1;
    const auto trainExamples = toExamples(*trainRows, space, indexOf);
    const auto testExamples = toExamples(*testRows, space, indexOf);
    std::vector<const LabelledExample *> train;
    for (const LabelledExample &example : trainExamples)
        train.push_back(&example);
    std::vector<const LabelledExample *> test;
    for (const LabelledExample &example : testExamples)
        test.push_back(&example);

    auto trained = ClassifierTrainer::train(train, options.params, multiLabel, options.progress);
    if (!trained) {
        Error error = trained.error();
        if (error.code == ErrorCode::Validation && error.file.empty())
            error.file = options.trainPath;
        return error;
    }
    DataEvaluationReport report;
    report.params = trained->params;
    report.trainSize = static_cast<std::int64_t>(train.size());
    report.testSize = static_cast<std::int64_t>(test.size());
    report.labels = trained->data.labels;
    report.trainSeconds = trained->seconds;
    const auto start = std::chrono::steady_clock::now();
    report.evaluation =
        ClassifierTrainer::evaluate(*trained->classifier, test, space, indexOf, report.trainSize);
    report.evaluateSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return report;
}

} // namespace assay::core
