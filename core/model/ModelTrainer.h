#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"
#include "model/Evaluation.h"
#include "model/LabelledDataReader.h"
#include "model/ModelParams.h"
#include "model/ModelStore.h"

#include <optional>
#include <string>
#include <vector>

namespace assay::core {

class Project;

/// How to train a field's model.
struct TrainOptions {
    ModelParams params;
    std::vector<LabelledFile> files;    ///< outside labelled data to train on as well
    std::optional<std::int64_t> userId; ///< who trains, for the audit log
    ProgressCallback progress;          ///< per mille of training; false cancels
};

/// What training did.
struct TrainReport {
    ModelInfo model;
    ModelParams params;    ///< as resolved and stored
    Evaluation evaluation; ///< on the held-out items (empty when none were held out)
    bool evaluated = false;
    std::int64_t trainSize = 0;
    std::int64_t testSize = 0;
    int labels = 0; ///< distinct labels in the training part
    std::int64_t fromGold = 0;
    std::int64_t fromAccepted = 0;
    std::int64_t fromFiles = 0;
    std::int64_t conflicting = 0;
    double trainSeconds = 0; ///< writing the training file and training
    double seconds = 0;      ///< everything, reading the labels to storing the model
};

/// Trains a choice field's model on what people decided (gold, and accepted items), holds a
/// share out to evaluate it, and stores it in the project as the field's next version.
/// A failure leaves the project as it was.
class ModelTrainer
{
public:
    explicit ModelTrainer(Project &project);

    Result<TrainReport> train(const std::string &fieldName, const TrainOptions &options);

private:
    Project &m_project;
};

} // namespace assay::core
