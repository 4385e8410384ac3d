#pragma once

#include "annotations/Annotation.h"
#include "error/Result.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace assay::core {

class Database;

/// One model prediction to store: ranked labels with their probabilities, top label first.
struct ModelPrediction {
    std::int64_t itemId = 0;
    std::vector<Choice> choices;
    std::optional<double> uncertainty;
};

/// What a batch write did.
struct ModelWriteStats {
    std::int64_t written = 0;   ///< new annotations
    std::int64_t skipped = 0;   ///< items that already had this model's annotation
    std::int64_t suggested = 0; ///< items moved from New to Suggested
};

/// The bulk path for a model's annotations: what AnnotationStore::add stores for a model
/// author (same value format, version 1, current, its top label indexed), written a batch
/// per transaction with prepared statements, for pre-labelling a million items. It also
/// moves new items to Suggested, keeping the state counts true, and records their
/// uncertainty (in item_scores, which is what makes a new item suggested).
/// It trusts its caller for the labels: they must be labels of the model's field.
class ModelAnnotationWriter
{
public:
    ModelAnnotationWriter(Database &db, std::int64_t modelId, std::int64_t fieldId);

    /// Writes a batch all-or-nothing: in a transaction of its own, or as part of the
    /// caller's when one is open (a failure then leaves the rollback to the caller). Items
    /// that already hold an annotation from this model keep it and count as skipped.
    Result<ModelWriteStats> write(const std::vector<ModelPrediction> &predictions);

private:
    Database &m_db;
    std::int64_t m_modelId;
    std::int64_t m_fieldId;
};

} // namespace assay::core
