#include "annotations/ModelAnnotationWriter.h"

#include "items/ItemStore.h"
#include "project/Clock.h"
#include "storage/Database.h"

#include <optional>

namespace assay::core {

ModelAnnotationWriter::ModelAnnotationWriter(Database &db, std::int64_t modelId,
                                             std::int64_t fieldId)
    : m_db(db)
    , m_modelId(modelId)
    , m_fieldId(fieldId)
{}

Result<ModelWriteStats> ModelAnnotationWriter::write(const std::vector<ModelPrediction> &predictions)
{
    // Inside the caller's transaction the batch joins it: a savepoint would journal every
    // page the batch touches a second time, which costs more than the writes themselves.
    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        auto begun = Transaction::begin(m_db);
        if (!begun)
            return begun.error();
        transaction.emplace(std::move(begun).value());
    }
    auto insert = m_db.cached(
        "INSERT INTO annotations (item_id, field_id, user_id, model_id, version, current, "
        "created_at, time_spent_ms, value) SELECT ?1, ?2, NULL, ?3, 1, 1, ?4, NULL, ?5 "
        "WHERE NOT EXISTS (SELECT 1 FROM annotations WHERE model_id = ?3 AND item_id = ?1)");
    auto index = m_db.cached(
        "INSERT OR IGNORE INTO annotation_labels (label_id, annotation_id) VALUES (?, ?)");
    auto state = m_db.cached("SELECT state FROM items WHERE id = ?");
    // One write per item row: its uncertainty, and Suggested when it was New.
    auto update = m_db.cached("UPDATE items SET uncertainty = ?1, state = ?2 WHERE id = ?3");
    for (auto *stmt : {&insert, &index, &state, &update})
        if (!*stmt)
            return stmt->error();
    Statement &insertStmt = **insert;
    Statement &indexStmt = **index;
    Statement &stateStmt = **state;
    Statement &updateStmt = **update;

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
        stateStmt.bind(1, prediction.itemId);
        auto row = stateStmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return Error(ErrorCode::NotFound, "no item with id " + std::to_string(prediction.itemId));
        auto itemState = static_cast<ItemState>(stateStmt.columnInt(0));
        stateStmt.reset();
        if (itemState == ItemState::New) {
            itemState = ItemState::Suggested;
            ++stats.suggested;
        }
        updateStmt.bind(1, prediction.uncertainty).bind(2, static_cast<int>(itemState));
        updateStmt.bind(3, prediction.itemId);
        ASSAY_TRY(updateStmt.run());
    }
    if (stats.suggested > 0) {
        ItemStore items(m_db);
        ASSAY_TRY(items.adjustStateCount(ItemState::New, -stats.suggested));
        ASSAY_TRY(items.adjustStateCount(ItemState::Suggested, stats.suggested));
    }
    if (transaction)
        ASSAY_TRY(transaction->commit());
    return stats;
}

} // namespace assay::core
