#include "annotations/ModelAnnotationWriter.h"

#include "items/ItemStore.h"
#include "project/Clock.h"
#include "storage/Database.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace assay::core {
namespace {

// Rows per multi-row INSERT: one statement step instead of many, for the bulk of a batch.
constexpr std::size_t kRowsPerInsert = 64;

std::string valuesList(const char *row, std::size_t rows)
{
    std::string sql;
    for (std::size_t i = 0; i < rows; ++i) {
        if (i)
            sql += ',';
        sql += row;
    }
    return sql;
}

} // namespace

ModelAnnotationWriter::ModelAnnotationWriter(Database &db, std::int64_t modelId,
                                             std::int64_t fieldId)
    : m_db(db)
    , m_modelId(modelId)
    , m_fieldId(fieldId)
{}

Result<ModelWriteStats>
ModelAnnotationWriter::write(const std::vector<ModelPrediction> &predictions)
{
    ModelWriteStats stats;
    if (predictions.empty())
        return stats;
    // Inside the caller's transaction the batch joins it: a savepoint would journal every
    // page the batch touches a second time, which costs more than the writes themselves.
    std::optional<Transaction> transaction;
    if (!m_db.inTransaction()) {
        auto begun = Transaction::begin(m_db);
        if (!begun)
            return begun.error();
        transaction.emplace(std::move(begun).value());
    }

    // Read what the batch needs inside the write transaction, so nothing can change it
    // before the writes: which items already hold this model's answer, and their states.
    auto [lowest, highest] = std::minmax_element(
        predictions.begin(), predictions.end(),
        [](const ModelPrediction &a, const ModelPrediction &b) { return a.itemId < b.itemId; });
    const std::int64_t from = lowest->itemId;
    const std::int64_t to = highest->itemId;
    std::unordered_set<std::int64_t> existing;
    auto done = m_db.cached("SELECT item_id FROM annotations WHERE model_id = ?1 AND item_id "
                            "BETWEEN ?2 AND ?3");
    if (!done)
        return done.error();
    (*done)->bind(1, m_modelId).bind(2, from).bind(3, to);
    while (true) {
        auto row = (*done)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        existing.insert((*done)->columnInt(0));
    }
    // Which items are new and not yet predicted: a prediction moves those to suggested.
    // Only the narrow index items_state and item_scores are read, never the wide rows.
    std::unordered_map<std::int64_t, bool> unpredictedNew;
    const bool dense = to - from < static_cast<std::int64_t>(predictions.size()) * 4;
    auto stateRange = m_db.cached(
        "SELECT items.id, items.state = 0 AND NOT EXISTS (SELECT 1 FROM item_scores sc WHERE "
        "sc.item_id = items.id) FROM items WHERE items.id BETWEEN ?1 AND ?2");
    auto stateOne = m_db.cached(
        "SELECT items.id, items.state = 0 AND NOT EXISTS (SELECT 1 FROM item_scores sc WHERE "
        "sc.item_id = items.id) FROM items WHERE items.id = ?1 AND ?2 = ?2");
    if (!stateRange || !stateOne)
        return !stateRange ? stateRange.error() : stateOne.error();
    auto readStates = [&](Statement &stmt, std::int64_t a, std::int64_t b) -> Status {
        stmt.bind(1, a).bind(2, b);
        while (true) {
            auto row = stmt.step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            unpredictedNew[stmt.columnInt(0)] = stmt.columnInt(1) != 0;
        }
        stmt.reset();
        return {};
    };
    if (dense) {
        ASSAY_TRY(readStates(**stateRange, from, to));
    } else {
        for (const ModelPrediction &prediction : predictions)
            ASSAY_TRY(readStates(**stateOne, prediction.itemId, 0));
    }

    std::vector<const ModelPrediction *> fresh;
    fresh.reserve(predictions.size());
    for (const ModelPrediction &prediction : predictions) {
        if (!unpredictedNew.count(prediction.itemId))
            return Error(ErrorCode::NotFound,
                         "no item with id " + std::to_string(prediction.itemId));
        if (existing.insert(prediction.itemId).second)
            fresh.push_back(&prediction);
        else
            ++stats.skipped;
    }

    // The annotations, many rows a statement, with ids given here: the write transaction
    // is open, so nothing else can take the ids after the highest, and the statement needs
    // no RETURNING (which SQLite collects in a temporary table per execution).
    auto lastId = m_db.cached("SELECT coalesce(max(id), 0) FROM annotations");
    if (!lastId)
        return lastId.error();
    auto top = (*lastId)->step();
    if (!top)
        return top.error();
    const std::int64_t firstId = (*lastId)->columnInt(0) + 1;
    (*lastId)->reset();
    const std::int64_t now = nowMillis();
    const char *annotationRow = "(?,?,?,NULL,?,1,1,?,NULL,?)";
    const std::string insertSql = "INSERT INTO annotations (id, item_id, field_id, user_id, "
                                  "model_id, version, current, created_at, time_spent_ms, value) "
                                  "VALUES ";
    std::vector<std::string> json(kRowsPerInsert);
    AnnotationValue value;
    for (std::size_t start = 0; start < fresh.size();) {
        const std::size_t left = fresh.size() - start;
        const std::size_t rows = left >= kRowsPerInsert ? kRowsPerInsert : left >= 8 ? 8 : 1;
        auto insert = m_db.cached(insertSql + valuesList(annotationRow, rows));
        if (!insert)
            return insert.error();
        Statement &s = **insert;
        for (std::size_t r = 0; r < rows; ++r) {
            const ModelPrediction &prediction = *fresh[start + r];
            value.choices = prediction.choices;
            json[r] = value.toStorageJson();
            const int base = static_cast<int>(r) * 6;
            s.bind(base + 1, firstId + static_cast<std::int64_t>(start + r));
            s.bind(base + 2, prediction.itemId).bind(base + 3, m_fieldId).bind(base + 4, m_modelId);
            s.bind(base + 5, now).bind(base + 6, json[r]);
        }
        ASSAY_TRY(s.run());
        start += rows;
    }

    // A model's ranked answer is indexed by its top label only: that is its prediction.
    std::vector<std::pair<std::int64_t, std::int64_t>> index;
    index.reserve(fresh.size());
    for (std::size_t i = 0; i < fresh.size(); ++i)
        if (!fresh[i]->choices.empty())
            index.emplace_back(fresh[i]->choices.front().labelId,
                               firstId + static_cast<std::int64_t>(i));
    for (std::size_t start = 0; start < index.size();) {
        const std::size_t rows = index.size() - start >= kRowsPerInsert ? kRowsPerInsert : 1;
        auto insert =
            m_db.cached("INSERT OR IGNORE INTO annotation_labels (label_id, annotation_id) "
                        "VALUES " +
                        valuesList("(?,?)", rows));
        if (!insert)
            return insert.error();
        for (std::size_t r = 0; r < rows; ++r)
            (*insert)
                ->bind(static_cast<int>(2 * r + 1), index[start + r].first)
                .bind(static_cast<int>(2 * r + 2), index[start + r].second);
        ASSAY_TRY((*insert)->run());
        start += rows;
    }

    // The scores, many rows a statement, in the narrow item_scores table: the wide items
    // row and its state indexes stay as they are (a new item with a score is suggested).
    for (std::size_t start = 0; start < fresh.size();) {
        const std::size_t left = fresh.size() - start;
        const std::size_t rows = left >= kRowsPerInsert ? kRowsPerInsert : left >= 8 ? 8 : 1;
        auto upsert = m_db.cached("INSERT INTO item_scores (item_id, uncertainty) VALUES " +
                                  valuesList("(?,?)", rows) +
                                  " ON CONFLICT (item_id) DO UPDATE SET uncertainty = "
                                  "excluded.uncertainty");
        if (!upsert)
            return upsert.error();
        for (std::size_t r = 0; r < rows; ++r) {
            const ModelPrediction &prediction = *fresh[start + r];
            if (unpredictedNew[prediction.itemId])
                ++stats.suggested;
            const int base = static_cast<int>(2 * r);
            (*upsert)->bind(base + 1, prediction.itemId).bind(base + 2, prediction.uncertainty);
        }
        ASSAY_TRY((*upsert)->run());
        start += rows;
    }
    stats.written = static_cast<std::int64_t>(fresh.size());
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
