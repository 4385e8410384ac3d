#include "annotations/ModelAnnotationWriter.h"

#include "items/ItemStore.h"
#include "project/Clock.h"
#include "storage/Database.h"

namespace assay::core {

ModelAnnotationWriter::ModelAnnotationWriter(Database &db, std::int64_t modelId,
                                             std::int64_t fieldId)
    : m_db(db)
    , m_modelId(modelId)
    , m_fieldId(fieldId)
{}

Result<ModelWriteStats> ModelAnnotationWriter::write(const std::vector<ModelPrediction> &predictions)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto insert = m_db.cached(
        "INSERT INTO annotations (item_id, field_id, user_id, model_id, version, current, "
        "created_at, time_spent_ms, value) SELECT ?1, ?2, NULL, ?3, 1, 1, ?4, NULL, ?5 "
        "WHERE NOT EXISTS (SELECT 1 FROM annotations WHERE model_id = ?3 AND item_id = ?1)");
    auto index = m_db.cached(
        "INSERT OR IGNORE INTO annotation_labels (label_id, annotation_id) VALUES (?, ?)");
    auto uncertainty = m_db.cached("UPDATE items SET uncertainty = ? WHERE id = ?");
    auto suggest = m_db.cached("UPDATE items SET state = ?1 WHERE id = ?2 AND state = ?3");
    for (auto *stmt : {&insert, &index, &uncertainty, &suggest})
        if (!*stmt)
            return stmt->error();
    Statement &insertStmt = **insert;
    Statement &indexStmt = **index;
    Statement &uncertaintyStmt = **uncertainty;
    Statement &suggestStmt = **suggest;

    const std::int64_t now = nowMillis();
    ModelWriteStats stats;
    std::string json;
    AnnotationValue value;
    for (const ModelPrediction &prediction : predictions) {
        value.choices = prediction.choices;
        json = value.toStorageJson();
        insertStmt.bind(1, prediction.itemId).bind(2, m_fieldId).bind(3, m_modelId);
        insertStmt.bind(4, now).bind(5, json);
        ASSAY_TRY(insertStmt.run());
        if (m_db.changes() == 0) {
            ++stats.skipped;
            continue;
        }
        ++stats.written;
        const std::int64_t annotationId = m_db.lastInsertId();
        // A model's ranked answer is indexed by its top label only: that is its prediction.
        if (!prediction.choices.empty()) {
            indexStmt.bind(1, prediction.choices.front().labelId).bind(2, annotationId);
            ASSAY_TRY(indexStmt.run());
        }
        uncertaintyStmt.bind(1, prediction.uncertainty).bind(2, prediction.itemId);
        ASSAY_TRY(uncertaintyStmt.run());
        suggestStmt.bind(1, static_cast<int>(ItemState::Suggested)).bind(2, prediction.itemId);
        suggestStmt.bind(3, static_cast<int>(ItemState::New));
        ASSAY_TRY(suggestStmt.run());
        stats.suggested += m_db.changes();
    }
    if (stats.suggested > 0) {
        ItemStore items(m_db);
        ASSAY_TRY(items.adjustStateCount(ItemState::New, -stats.suggested));
        ASSAY_TRY(items.adjustStateCount(ItemState::Suggested, stats.suggested));
    }
    ASSAY_TRY(transaction->commit());
    return stats;
}

} // namespace assay::core
