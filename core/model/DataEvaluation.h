#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"
#include "model/Evaluation.h"
#include "model/ModelParams.h"

#include <string>

namespace assay::core {

/// Where outside labelled data is and which members hold the text and the label.
struct DataEvaluationOptions {
    std::string trainPath;
    std::string testPath;
    std::string textField = "text";
    std::string labelField = "label";
    std::string encoding = "auto"; ///< of both files; or an iconv name such as "GB18030"
    ModelParams params;            ///< the default configuration unless changed
    ProgressCallback progress;     ///< per mille of training; false cancels
};

/// What evaluating on outside data found.
struct DataEvaluationReport {
    Evaluation evaluation;
    ModelParams params; ///< as resolved
    std::int64_t trainSize = 0;
    std::int64_t testSize = 0;
    int labels = 0; ///< distinct labels in the training file
    double trainSeconds = 0;
    double evaluateSeconds = 0;
};

/// Trains Assay's model on one labelled JSONL file and scores it on another, without a
/// project, so that users can compare it with their own model on the same split. Labels
/// that contain '/' are read as taxonomy paths and also scored at every level.
class DataEvaluation
{
public:
    static Result<DataEvaluationReport> run(const DataEvaluationOptions &options);
};

} // namespace assay::core
