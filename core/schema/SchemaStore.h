#pragma once

#include "error/Result.h"
#include "schema/Field.h"
#include "schema/Label.h"
#include "schema/Taxonomy.h"

#include <map>
#include <memory>
#include <vector>

namespace assay::core {

class Database;

/// What adding a batch of labels did.
struct LabelImportReport {
    std::size_t added = 0;    ///< new labels, including parents created on the way
    std::size_t existing = 0; ///< paths that were already there (attributes updated)
    std::size_t leaves = 0;   ///< leaves of the field's tree afterwards
    std::size_t topLevel = 0; ///< top-level labels afterwards
};

/// Fields and their label trees, stored in the project. Taxonomies are cached and rebuilt
/// only when the schema changes.
class SchemaStore
{
public:
    explicit SchemaStore(Database &db);

    Result<Field> addField(Field field);
    Status updateField(const Field &field);
    Result<std::vector<Field>> fields();
    Result<Field> field(std::string_view name);
    Result<Field> fieldById(std::int64_t id);

    /// Adds labels by path, creating missing ancestors, in one transaction. A path that exists
    /// keeps its id and takes the new attributes where they are given.
    Result<LabelImportReport> addLabels(std::int64_t fieldId, const std::vector<LabelSpec> &specs);
    /// Saves a label's editable attributes (name changes rename the path of its subtree).
    Status updateLabel(const Label &label);

    /// The field's labels, indexed; shared and immutable.
    Result<std::shared_ptr<const Taxonomy>> taxonomy(std::int64_t fieldId);

    /// Bumped by every schema change, so views can tell when to reload.
    std::uint64_t revision() const { return m_revision; }
    /// Drops cached taxonomies; callers that roll back a transaction around schema changes
    /// call this so the cache does not keep what was undone.
    void invalidate();
    Database &database() { return m_db; }

private:
    Result<std::int64_t> ensureLabel(std::int64_t fieldId, const std::vector<std::string> &path,
                                     std::size_t depth, std::map<std::string, std::int64_t> &known,
                                     std::size_t &added);
    /// Refuses a hotkey that another label of the field already has.
    Status checkHotkey(std::int64_t fieldId, std::int64_t labelId, std::string_view hotkey);

    Database &m_db;
    std::uint64_t m_revision = 1;
    std::map<std::int64_t, std::shared_ptr<const Taxonomy>> m_taxonomies;
};

} // namespace assay::core
