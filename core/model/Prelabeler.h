#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"
#include "model/ModelStore.h"
#include "model/Uncertainty.h"

#include <optional>
#include <string>

namespace assay::core {

class Project;

/// How to pre-label.
struct PrelabelOptions {
    std::optional<int> version; ///< model version; the field's newest when unset
    int topK = 0;               ///< labels stored per item; 0 takes the model's own
    UncertaintyMeasure measure = UncertaintyMeasure::Margin;
    int batchSize = 2048;               ///< items per transaction
    int threads = 0;                    ///< prediction threads; 0 uses every core
    std::optional<std::int64_t> userId; ///< who started it, for the audit log
    ProgressCallback progress;          ///< items done of items to do; false cancels
};

/// What pre-labelling did.
struct PrelabelReport {
    ModelInfo model;
    std::int64_t labelled = 0;    ///< items labelled in this run
    std::int64_t alreadyDone = 0; ///< items that had this model's label before the run
    std::int64_t suggested = 0;   ///< items moved from New to Suggested
    std::int64_t remaining = 0;   ///< items still without this model's label (after a cancel)
    bool cancelled = false;
    double seconds = 0;
    double readSeconds = 0;  ///< of which reading items (this thread)
    double writeSeconds = 0; ///< of which writing annotations (this thread)
    double waitSeconds = 0;  ///< of which waiting for the predicting threads
};

/// Labels every item that lacks a prediction from the chosen model version: top-k labels
/// with probabilities as the model's annotations, the item's uncertainty for the queue, and
/// New items moved to Suggested. Worker threads predict while this thread reads and writes,
/// a batch per transaction; what was written stays written, so a cancelled or interrupted
/// run resumes where it stopped and never redoes an item.
class Prelabeler
{
public:
    explicit Prelabeler(Project &project);

    Result<PrelabelReport> run(const std::string &fieldName, const PrelabelOptions &options);

private:
    Project &m_project;
};

} // namespace assay::core
