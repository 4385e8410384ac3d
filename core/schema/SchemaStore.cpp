#include "schema/SchemaStore.h"

#include "schema/LabelPath.h"
#include "storage/Database.h"
#include "storage/StatementRows.h"

#include <nlohmann/json.hpp>

namespace assay::core {
namespace {

std::string aliasesToText(const std::vector<std::string> &aliases)
{
    return aliases.empty() ? std::string() : nlohmann::json(aliases).dump();
}

std::vector<std::string> aliasesFromText(std::string_view text)
{
    if (text.empty())
        return {};
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (!parsed.is_array())
        return {};
    std::vector<std::string> aliases;
    for (const auto &alias : parsed)
        if (alias.is_string())
            aliases.push_back(alias.get<std::string>());
    return aliases;
}

constexpr const char *kFieldColumns =
    "SELECT id, name, kind, allow_overlap, leaves_only, description, position FROM fields ";

Field readField(const Statement &stmt)
{
    Field field;
    field.id = stmt.columnInt(0);
    field.name = stmt.columnString(1);
    field.kind = parseFieldKind(stmt.columnText(2)).value_or(FieldKind::SingleChoice);
    field.allowOverlap = stmt.columnInt(3) != 0;
    field.leavesOnly = stmt.columnInt(4) != 0;
    field.description = stmt.columnString(5);
    field.position = static_cast<int>(stmt.columnInt(6));
    return field;
}

} // namespace

SchemaStore::SchemaStore(Database &db)
    : m_db(db)
{}

void SchemaStore::invalidate()
{
    ++m_revision;
    m_taxonomies.clear();
}

Result<Field> SchemaStore::addField(Field field)
{
    if (field.name.empty())
        return Error(ErrorCode::InvalidArgument, "a field needs a name");
    if (auto existing = this->field(field.name); existing.ok())
        return Error(ErrorCode::AlreadyExists,
                     "the project already has a field '" + field.name + "'");
    auto position = m_db.queryInt("SELECT coalesce(max(position), -1) + 1 FROM fields");
    if (!position)
        return position.error();
    auto stmt = m_db.cached("INSERT INTO fields (name, kind, allow_overlap, leaves_only, "
                            "description, position) VALUES (?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const std::string_view kind = fieldKindName(field.kind);
    (*stmt)->bind(1, field.name).bind(2, kind).bind(3, field.allowOverlap ? 1 : 0);
    (*stmt)->bind(4, field.leavesOnly ? 1 : 0).bind(5, field.description).bind(6, *position);
    ASSAY_TRY((*stmt)->run());
    field.id = m_db.lastInsertId();
    field.position = static_cast<int>(*position);
    invalidate();
    return field;
}

Status SchemaStore::updateField(const Field &field)
{
    auto stmt = m_db.cached("UPDATE fields SET name = ?, allow_overlap = ?, leaves_only = ?, "
                            "description = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, field.name).bind(2, field.allowOverlap ? 1 : 0);
    (*stmt)->bind(3, field.leavesOnly ? 1 : 0).bind(4, field.description).bind(5, field.id);
    ASSAY_TRY((*stmt)->run());
    if (m_db.changes() == 0)
        return Error(ErrorCode::NotFound, "no field with id " + std::to_string(field.id));
    invalidate();
    return {};
}

Result<std::vector<Field>> SchemaStore::fields()
{
    auto stmt = m_db.cached(std::string(kFieldColumns) + "ORDER BY position, id");
    if (!stmt)
        return stmt.error();
    return collectRows(**stmt, readField);
}

Result<Field> SchemaStore::field(std::string_view name)
{
    auto stmt = m_db.cached(std::string(kFieldColumns) + "WHERE name = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, name);
    auto field = firstRow(**stmt, readField);
    if (!field)
        return field.error();
    if (!*field)
        return Error(ErrorCode::NotFound, "the project has no field '" + std::string(name) + "'");
    return std::move(**field);
}

Result<Field> SchemaStore::fieldById(std::int64_t id)
{
    auto stmt = m_db.cached(std::string(kFieldColumns) + "WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto field = firstRow(**stmt, readField);
    if (!field)
        return field.error();
    if (!*field)
        return Error(ErrorCode::NotFound, "no field with id " + std::to_string(id));
    return std::move(**field);
}

Result<std::int64_t> SchemaStore::ensureLabel(std::int64_t fieldId,
                                              const std::vector<std::string> &path,
                                              std::size_t depth,
                                              std::map<std::string, std::int64_t> &known,
                                              std::size_t &added)
{
    const std::vector<std::string> prefix(path.begin(), path.begin() + depth);
    const std::string key = joinLabelPath(prefix);
    if (auto found = known.find(key); found != known.end())
        return found->second;
    std::int64_t parentId = 0;
    if (depth > 1) {
        auto parent = ensureLabel(fieldId, path, depth - 1, known, added);
        if (!parent)
            return parent.error();
        parentId = *parent;
    }
    auto position = m_db.cached("SELECT coalesce(max(position), -1) + 1 FROM labels "
                                "WHERE field_id = ? AND parent_id IS ?");
    if (!position)
        return position.error();
    (*position)->bind(1, fieldId);
    if (parentId)
        (*position)->bind(2, parentId);
    else
        (*position)->bindNull(2);
    auto row = (*position)->step();
    if (!row)
        return row.error();
    const std::int64_t nextPosition = (*position)->columnInt(0);
    (*position)->reset();

    auto insert = m_db.cached("INSERT INTO labels (field_id, parent_id, path, name, position) "
                              "VALUES (?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    (*insert)->bind(1, fieldId);
    if (parentId)
        (*insert)->bind(2, parentId);
    else
        (*insert)->bindNull(2);
    (*insert)->bind(3, key).bind(4, prefix.back()).bind(5, nextPosition);
    ASSAY_TRY((*insert)->run());
    const std::int64_t id = m_db.lastInsertId();
    known.emplace(key, id);
    ++added;
    return id;
}

Status SchemaStore::checkHotkey(std::int64_t fieldId, std::int64_t labelId, std::string_view hotkey)
{
    if (hotkey.empty())
        return {};
    auto stmt =
        m_db.cached("SELECT path FROM labels WHERE field_id = ? AND hotkey = ? AND id != ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, fieldId).bind(2, hotkey).bind(3, labelId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (*row)
        return Error(ErrorCode::AlreadyExists, "hotkey '" + std::string(hotkey) +
                                                   "' is already used by label '" +
                                                   (*stmt)->columnString(0) + "'");
    return {};
}

Result<LabelImportReport> SchemaStore::addLabels(std::int64_t fieldId,
                                                 const std::vector<LabelSpec> &specs)
{
    auto fieldRow = fieldById(fieldId);
    if (!fieldRow)
        return fieldRow.error();
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();

    std::map<std::string, std::int64_t> known;
    {
        auto existing = m_db.cached("SELECT path, id FROM labels WHERE field_id = ?");
        if (!existing)
            return existing.error();
        (*existing)->bind(1, fieldId);
        while (true) {
            auto row = (*existing)->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            known.emplace((*existing)->columnString(0), (*existing)->columnInt(1));
        }
    }

    LabelImportReport report;
    auto update =
        m_db.prepare("UPDATE labels SET english = coalesce(nullif(?, ''), english), "
                     "aliases = coalesce(nullif(?, ''), aliases), guideline = coalesce(nullif(?, "
                     "''), guideline), "
                     "hotkey = coalesce(nullif(?, ''), hotkey), tier = ?, deprecated = ?, "
                     "color = coalesce(nullif(?, ''), color) WHERE id = ?");
    if (!update)
        return update.error();
    for (const LabelSpec &spec : specs) {
        if (spec.path.empty())
            return Error(ErrorCode::InvalidArgument, "a label needs a name");
        for (const std::string &segment : spec.path)
            if (segment.empty())
                return Error(ErrorCode::Validation,
                             "label path '" + joinLabelPath(spec.path) + "' has an empty level");
        const bool existed = known.count(joinLabelPath(spec.path)) > 0;
        auto id = ensureLabel(fieldId, spec.path, spec.path.size(), known, report.added);
        if (!id)
            return id.error();
        report.existing += existed;
        ASSAY_TRY(checkHotkey(fieldId, *id, spec.hotkey));
        const std::string aliases = aliasesToText(spec.aliases);
        update->bind(1, spec.english).bind(2, aliases).bind(3, spec.guideline);
        update->bind(4, spec.hotkey).bind(5, static_cast<int>(spec.tier));
        update->bind(6, spec.deprecated ? 1 : 0).bind(7, spec.color).bind(8, *id);
        ASSAY_TRY(update->run());
    }
    ASSAY_TRY(transaction->commit());
    invalidate();

    auto tree = taxonomy(fieldId);
    if (!tree)
        return tree.error();
    report.leaves = (*tree)->leafCount();
    report.topLevel = (*tree)->topLevelCount();
    return report;
}

Status SchemaStore::updateLabel(const Label &label)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto current = m_db.prepare("SELECT path FROM labels WHERE id = ?");
    if (!current)
        return current.error();
    current->bind(1, label.id);
    auto row = current->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, "no label with id " + std::to_string(label.id));
    const std::string oldPath = current->columnString(0);
    auto segments = splitLabelPath(oldPath);
    segments.back() = label.name;
    const std::string newPath = joinLabelPath(segments);
    if (newPath != oldPath) {
        auto rename =
            m_db.prepare("UPDATE labels SET path = ?1 || substr(path, length(?2) + 1) "
                         "WHERE field_id = (SELECT field_id FROM labels WHERE id = ?3) "
                         "AND (path = ?2 OR substr(path, 1, length(?2) + 1) = ?2 || '/')");
        if (!rename)
            return rename.error();
        rename->bind(1, newPath).bind(2, oldPath).bind(3, label.id);
        auto renamed = rename->run();
        if (!renamed)
            return Error(ErrorCode::AlreadyExists,
                         "a label '" + newPath + "' already exists; choose another name");
    }
    auto fieldOf = m_db.prepare("SELECT field_id FROM labels WHERE id = ?");
    if (!fieldOf)
        return fieldOf.error();
    fieldOf->bind(1, label.id);
    if (auto found = fieldOf->step(); !found || !*found)
        return found ? Error(ErrorCode::NotFound, "no label with id " + std::to_string(label.id))
                     : found.error();
    ASSAY_TRY(checkHotkey(fieldOf->columnInt(0), label.id, label.hotkey));
    auto update = m_db.prepare("UPDATE labels SET name = ?, english = ?, aliases = ?, "
                               "guideline = ?, hotkey = ?, tier = ?, deprecated = ?, color = ? "
                               "WHERE id = ?");
    if (!update)
        return update.error();
    const std::string aliases = aliasesToText(label.aliases);
    update->bind(1, label.name).bind(2, label.english).bind(3, aliases).bind(4, label.guideline);
    update->bind(5, label.hotkey).bind(6, static_cast<int>(label.tier));
    update->bind(7, label.deprecated ? 1 : 0).bind(8, label.color).bind(9, label.id);
    ASSAY_TRY(update->run());
    ASSAY_TRY(transaction->commit());
    invalidate();
    return {};
}

Result<std::shared_ptr<const Taxonomy>> SchemaStore::taxonomy(std::int64_t fieldId)
{
    if (auto cachedTree = m_taxonomies.find(fieldId); cachedTree != m_taxonomies.end())
        return cachedTree->second;
    auto fieldRow = fieldById(fieldId);
    if (!fieldRow)
        return fieldRow.error();
    auto stmt = m_db.cached("SELECT id, coalesce(parent_id, 0), path, name, english, aliases, "
                            "guideline, hotkey, tier, deprecated, color, position "
                            "FROM labels WHERE field_id = ? ORDER BY id");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, fieldId);
    std::vector<Label> labels;
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const Statement &s = **stmt;
        Label label;
        label.id = s.columnInt(0);
        label.fieldId = fieldId;
        label.parentId = s.columnInt(1);
        label.path = s.columnString(2);
        label.name = s.columnString(3);
        label.english = s.columnString(4);
        label.aliases = aliasesFromText(s.columnText(5));
        label.guideline = s.columnString(6);
        label.hotkey = s.columnString(7);
        label.tier = s.columnInt(8) ? LabelTier::Rare : LabelTier::Common;
        label.deprecated = s.columnInt(9) != 0;
        label.color = s.columnString(10);
        label.position = static_cast<int>(s.columnInt(11));
        label.depth = static_cast<int>(splitLabelPath(label.path).size());
        labels.push_back(std::move(label));
    }
    // Tree order: depth-first, siblings by position. Parents always have smaller ids than
    // their children, so a stable pass over id order gives each node after its parent.
    std::map<std::int64_t, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < labels.size(); ++i)
        children[labels[i].parentId].push_back(i);
    for (auto &[parent, kids] : children)
        std::stable_sort(kids.begin(), kids.end(), [&](std::size_t a, std::size_t b) {
            return labels[a].position < labels[b].position;
        });
    std::vector<Label> ordered;
    ordered.reserve(labels.size());
    std::vector<std::size_t> stack;
    for (auto it = children[0].rbegin(); it != children[0].rend(); ++it)
        stack.push_back(*it);
    while (!stack.empty()) {
        const std::size_t index = stack.back();
        stack.pop_back();
        const std::int64_t id = labels[index].id;
        ordered.push_back(std::move(labels[index]));
        if (auto kids = children.find(id); kids != children.end())
            for (auto it = kids->second.rbegin(); it != kids->second.rend(); ++it)
                stack.push_back(*it);
    }
    auto tree = std::make_shared<const Taxonomy>(std::move(fieldRow).value(), std::move(ordered));
    m_taxonomies[fieldId] = tree;
    return std::shared_ptr<const Taxonomy>(tree);
}

} // namespace assay::core
