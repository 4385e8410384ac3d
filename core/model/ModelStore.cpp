#include "model/ModelStore.h"

#include "project/Clock.h"
#include "storage/Database.h"
#include "storage/StatementRows.h"

namespace assay::core {

ModelStore::ModelStore(Database &db)
    : m_db(db)
{}

Result<ModelInfo> ModelStore::add(const NewModel &model)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto next = m_db.cached("SELECT coalesce(max(version), 0) + 1 FROM models WHERE field_id = ?");
    if (!next)
        return next.error();
    (*next)->bind(1, model.fieldId);
    auto row = (*next)->step();
    if (!row)
        return row.error();
    const int version = static_cast<int>((*next)->columnInt(0));
    (*next)->reset();

    ModelInfo info;
    info.fieldId = model.fieldId;
    info.version = version;
    info.kind = model.kind;
    info.createdAt = model.createdAt.value_or(nowMillis());
    info.params = model.params;
    info.trainSize = model.trainSize;
    info.trainHash = model.trainHash;
    info.evaluation = model.evaluation;
    info.size = static_cast<std::int64_t>(model.data.size());

    auto insert =
        m_db.cached("INSERT INTO models (field_id, version, kind, created_at, params, train_size, "
                    "train_hash, evaluation, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    Statement &s = **insert;
    s.bind(1, info.fieldId).bind(2, version).bind(3, info.kind).bind(4, info.createdAt);
    s.bind(5, info.params).bind(6, info.trainSize).bind(7, info.trainHash);
    s.bind(8, info.evaluation).bindBlob(9, model.data.data(), model.data.size());
    ASSAY_TRY(s.run());
    info.id = m_db.lastInsertId();
    ASSAY_TRY(transaction->commit());
    return info;
}

Result<std::vector<ModelInfo>> ModelStore::query(const std::string &where, std::int64_t a,
                                                 std::int64_t b)
{
    auto stmt = m_db.cached("SELECT id, field_id, version, kind, created_at, params, train_size, "
                            "train_hash, evaluation, length(data) FROM models " +
                            where);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, a).bind(2, b);
    std::vector<ModelInfo> models;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement &s = **stmt;
        ModelInfo info;
        info.id = s.columnInt(0);
        info.fieldId = s.columnInt(1);
        info.version = static_cast<int>(s.columnInt(2));
        info.kind = s.columnString(3);
        info.createdAt = s.columnInt(4);
        info.params = s.columnString(5);
        info.trainSize = s.columnInt(6);
        info.trainHash = s.columnString(7);
        info.evaluation = s.columnString(8);
        info.size = s.columnInt(9);
        models.push_back(std::move(info));
    }
    return models;
}

Result<std::vector<ModelInfo>> ModelStore::list(std::optional<std::int64_t> fieldId)
{
    if (fieldId)
        return query("WHERE field_id = ?1 AND ?2 = 0 ORDER BY version", *fieldId, 0);
    return query("WHERE ?1 = 0 AND ?2 = 0 ORDER BY field_id, version", 0, 0);
}

Result<std::optional<ModelInfo>> ModelStore::latest(std::int64_t fieldId)
{
    auto models = query("WHERE field_id = ?1 AND ?2 = 0 AND kind = 'fasttext' AND data IS NOT NULL "
                        "ORDER BY version DESC LIMIT 1",
                        fieldId, 0);
    if (!models)
        return models.error();
    if (models->empty())
        return std::optional<ModelInfo>();
    return std::optional<ModelInfo>(std::move(models->front()));
}

Result<ModelInfo> ModelStore::get(std::int64_t id)
{
    auto models = query("WHERE id = ?1 AND ?2 = 0", id, 0);
    if (!models)
        return models.error();
    if (models->empty())
        return Error(ErrorCode::NotFound, "no model with id " + std::to_string(id));
    return std::move(models->front());
}

Result<ModelInfo> ModelStore::byVersion(std::int64_t fieldId, int version)
{
    auto models = query("WHERE field_id = ?1 AND version = ?2", fieldId, version);
    if (!models)
        return models.error();
    if (models->empty())
        return Error(ErrorCode::NotFound,
                     "the field has no model version " + std::to_string(version));
    return std::move(models->front());
}

Result<std::string> ModelStore::data(std::int64_t id)
{
    auto stmt = m_db.prepare("SELECT data, kind FROM models WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, "no model with id " + std::to_string(id));
    if (stmt->columnIsNull(0))
        return Error(ErrorCode::NotFound, "model '" + stmt->columnString(1) +
                                              "' holds imported predictions only; there is no "
                                              "trained classifier to run");
    return std::string(stmt->columnBlob(0));
}

Result<std::int64_t> ModelStore::labelledItems(std::int64_t id)
{
    // Counted through the annotations_model index alone, without reading the rows.
    auto stmt = m_db.cached("SELECT count(*) FROM annotations WHERE model_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto count = firstRow(**stmt, [](const Statement &s) { return s.columnInt(0); });
    if (!count)
        return count.error();
    return count->value_or(0);
}

} // namespace assay::core
