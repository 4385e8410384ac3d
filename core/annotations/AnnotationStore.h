#pragma once

#include "annotations/Annotation.h"
#include "error/Result.h"

#include <vector>

namespace assay::core {

class Database;
class ItemStore;
class Statement;
class SchemaStore;

/// Stores annotations as versions. Adding one validates it against the field and the item's
/// text, numbers it after the author's previous version and marks that one as superseded.
class AnnotationStore
{
public:
    AnnotationStore(Database &db, SchemaStore &schema, ItemStore &items);

    Result<Annotation> add(const NewAnnotation &annotation);

    /// Annotations of an item (current versions only, or every version), oldest first.
    Result<std::vector<Annotation>> forItem(std::int64_t itemId, bool currentOnly = true);
    /// The author's current annotation of an item's field, if any.
    Result<std::optional<Annotation>> current(std::int64_t itemId, std::int64_t fieldId,
                                              const Author &author);

    /// Total stored versions (for stats).
    Result<std::int64_t> count();

private:
    Database &m_db;
    SchemaStore &m_schema;
    ItemStore &m_items;
};

/// Reads an annotation row selected with the columns of kAnnotationColumns.
Annotation readAnnotationRow(const Statement &stmt);
inline constexpr const char *kAnnotationColumns =
    "SELECT id, item_id, field_id, user_id, model_id, version, current, created_at, "
    "time_spent_ms, value FROM annotations ";

} // namespace assay::core
