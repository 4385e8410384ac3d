#include "annotations/AnnotationStore.h"

#include "annotations/AnnotationValidator.h"
#include "items/ItemStore.h"
#include "project/Clock.h"
#include "schema/SchemaStore.h"
#include "storage/Database.h"

namespace assay::core {

Annotation readAnnotationRow(const Statement &stmt)
{
    Annotation a;
    a.id = stmt.columnInt(0);
    a.itemId = stmt.columnInt(1);
    a.fieldId = stmt.columnInt(2);
    if (!stmt.columnIsNull(3))
        a.author.userId = stmt.columnInt(3);
    if (!stmt.columnIsNull(4))
        a.author.modelId = stmt.columnInt(4);
    a.version = static_cast<int>(stmt.columnInt(5));
    a.current = stmt.columnInt(6) != 0;
    a.createdAt = stmt.columnInt(7);
    if (!stmt.columnIsNull(8))
        a.timeSpentMs = stmt.columnInt(8);
    a.value = AnnotationValue::fromStorageJson(stmt.columnText(9)).value_or(AnnotationValue{});
    return a;
}

AnnotationStore::AnnotationStore(Database &db, SchemaStore &schema, ItemStore &items)
    : m_db(db)
    , m_schema(schema)
    , m_items(items)
{}

Result<Annotation> AnnotationStore::add(const NewAnnotation &annotation)
{
    if (annotation.author.userId.has_value() == annotation.author.modelId.has_value())
        return Error(ErrorCode::InvalidArgument, "an annotation has exactly one author");
    auto taxonomy = m_schema.taxonomy(annotation.fieldId);
    if (!taxonomy)
        return taxonomy.error();
    auto item = m_items.get(annotation.itemId);
    if (!item)
        return item.error();
    ASSAY_TRY(validateAnnotation(**taxonomy, item->length, annotation));

    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();

    auto previous = current(annotation.itemId, annotation.fieldId, annotation.author);
    if (!previous)
        return previous.error();
    int version = 1;
    if (*previous) {
        version = (*previous)->version + 1;
        auto supersede = m_db.cached("UPDATE annotations SET current = 0 WHERE id = ?");
        if (!supersede)
            return supersede.error();
        (*supersede)->bind(1, (*previous)->id);
        ASSAY_TRY((*supersede)->run());
    }

    Annotation stored;
    stored.itemId = annotation.itemId;
    stored.fieldId = annotation.fieldId;
    stored.author = annotation.author;
    stored.version = version;
    stored.current = true;
    stored.createdAt = annotation.createdAt.value_or(nowMillis());
    stored.timeSpentMs = annotation.timeSpentMs;
    stored.value = annotation.value;

    auto insert = m_db.cached("INSERT INTO annotations (item_id, field_id, user_id, model_id, "
                              "version, current, created_at, time_spent_ms, value) "
                              "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)");
    if (!insert)
        return insert.error();
    const std::string json = stored.value.toStorageJson();
    Statement &s = **insert;
    s.bind(1, stored.itemId).bind(2, stored.fieldId).bind(3, stored.author.userId);
    s.bind(4, stored.author.modelId).bind(5, version).bind(6, stored.createdAt);
    s.bind(7, stored.timeSpentMs).bind(8, json);
    ASSAY_TRY(s.run());
    stored.id = m_db.lastInsertId();

    auto index = m_db.cached(
        "INSERT OR IGNORE INTO annotation_labels (label_id, annotation_id) VALUES (?, ?)");
    if (!index)
        return index.error();
    // A model's ranked answer is indexed by its top label only: that is its prediction.
    const std::size_t indexedChoices = stored.author.isModel()
                                           ? std::min<std::size_t>(1, stored.value.choices.size())
                                           : stored.value.choices.size();
    for (std::size_t i = 0; i < indexedChoices; ++i) {
        (*index)->bind(1, stored.value.choices[i].labelId).bind(2, stored.id);
        ASSAY_TRY((*index)->run());
    }
    for (const Span &span : stored.value.spans) {
        (*index)->bind(1, span.labelId).bind(2, stored.id);
        ASSAY_TRY((*index)->run());
    }
    ASSAY_TRY(transaction->commit());
    return stored;
}

Result<std::vector<Annotation>> AnnotationStore::forItem(std::int64_t itemId, bool currentOnly)
{
    auto stmt = m_db.cached(std::string(kAnnotationColumns) +
                            (currentOnly ? "WHERE item_id = ? AND current = 1 ORDER BY id"
                                         : "WHERE item_id = ? ORDER BY id"));
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, itemId);
    std::vector<Annotation> annotations;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        annotations.push_back(readAnnotationRow(**stmt));
    }
    return annotations;
}

Result<std::optional<Annotation>>
AnnotationStore::current(std::int64_t itemId, std::int64_t fieldId, const Author &author)
{
    auto stmt = m_db.cached(std::string(kAnnotationColumns) +
                            "WHERE item_id = ?1 AND field_id = ?2 AND current = 1 AND "
                            "(user_id = ?3 OR model_id = ?4) ORDER BY version DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, itemId).bind(2, fieldId).bind(3, author.userId).bind(4, author.modelId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    std::optional<Annotation> found;
    if (*row)
        found = readAnnotationRow(**stmt);
    (*stmt)->reset();
    return found;
}

Result<std::int64_t> AnnotationStore::count()
{
    return m_db.queryInt("SELECT count(*) FROM annotations");
}

} // namespace assay::core
