#include "items/ItemStore.h"

#include "storage/Database.h"
#include "storage/StatementRows.h"

namespace assay::core {
namespace {

constexpr const char *kScored = "EXISTS (SELECT 1 FROM item_scores sc WHERE sc.item_id = items.id)";

const std::string &itemColumns()
{
    static const std::string sql =
        "SELECT items.id, external_id, text, meta, length, content_hash, batch_id, " +
        itemStateSql() +
        ", (SELECT uncertainty FROM item_scores sc WHERE sc.item_id = items.id) FROM items ";
    return sql;
}

Item readItem(const Statement &stmt)
{
    Item item;
    item.id = stmt.columnInt(0);
    if (!stmt.columnIsNull(1))
        item.externalId = stmt.columnString(1);
    item.text = stmt.columnString(2);
    item.meta = stmt.columnString(3);
    item.length = stmt.columnInt(4);
    item.contentHash = static_cast<std::uint64_t>(stmt.columnInt(5));
    item.batchId = stmt.columnInt(6);
    item.state = static_cast<ItemState>(stmt.columnInt(7));
    if (!stmt.columnIsNull(8))
        item.uncertainty = stmt.columnDouble(8);
    return item;
}

} // namespace

std::string itemFilterSql(const ItemFilter &filter)
{
    std::string sql;
    if (filter.state == ItemState::New)
        sql += std::string(" AND items.state = ?2 AND NOT ") + kScored;
    else if (filter.state == ItemState::Suggested)
        sql += std::string(" AND (items.state = ?2 OR (items.state = 0 AND ") + kScored + "))";
    else if (filter.state)
        sql += " AND items.state = ?2";
    if (filter.batchId)
        sql += " AND items.batch_id = ?3";
    if (filter.annotatorId)
        sql += " AND EXISTS (SELECT 1 FROM annotations a WHERE a.user_id = ?4 "
               "AND a.item_id = items.id)";
    if (filter.labelId)
        sql += " AND EXISTS (SELECT 1 FROM annotation_labels al JOIN annotations a "
               "ON a.id = al.annotation_id WHERE al.label_id = ?5 AND a.item_id = items.id "
               "AND a.current = 1)";
    return sql;
}

std::string itemStateSql(const std::string &items)
{
    return "(CASE WHEN " + items +
           ".state = 0 AND EXISTS (SELECT 1 FROM item_scores sc WHERE "
           "sc.item_id = " +
           items + ".id) THEN 1 ELSE " + items + ".state END)";
}

void bindItemFilter(Statement &stmt, const ItemFilter &filter)
{
    if (filter.state)
        stmt.bind(2, static_cast<int>(*filter.state));
    if (filter.batchId)
        stmt.bind(3, *filter.batchId);
    if (filter.annotatorId)
        stmt.bind(4, *filter.annotatorId);
    if (filter.labelId)
        stmt.bind(5, *filter.labelId);
}

ItemStore::ItemStore(Database &db)
    : m_db(db)
{}

Result<Item> ItemStore::get(std::int64_t id)
{
    auto stmt = m_db.cached(itemColumns() + "WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, "no item with id " + std::to_string(id));
    Item item = readItem(**stmt);
    (*stmt)->reset();
    return item;
}

Result<std::optional<Item>> ItemStore::findByExternalId(std::string_view externalId)
{
    auto stmt = m_db.cached(itemColumns() + "WHERE external_id = ? ORDER BY id LIMIT 1");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, externalId);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    std::optional<Item> item;
    if (*row)
        item = readItem(**stmt);
    (*stmt)->reset();
    return item;
}

Result<std::int64_t> ItemStore::countByExternalId(std::string_view externalId)
{
    auto stmt = m_db.cached("SELECT count(*) FROM items WHERE external_id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, externalId);
    auto count = firstRow(**stmt, [](const Statement &s) { return s.columnInt(0); });
    if (!count)
        return count.error();
    return count->value_or(0);
}

Result<std::vector<Item>> ItemStore::page(std::int64_t afterId, int limit, const ItemFilter &filter)
{
    std::string sql = itemColumns();
    sql += "WHERE items.id > ?1";
    sql += itemFilterSql(filter);
    sql += " ORDER BY items.id LIMIT ?6";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, afterId);
    bindItemFilter(s, filter);
    s.bind(6, limit);
    std::vector<Item> items;
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        items.push_back(readItem(s));
    }
    return items;
}

Result<StateCounts> ItemStore::stateCounts()
{
    auto stmt = m_db.cached("SELECT state, count FROM state_counts");
    if (!stmt)
        return stmt.error();
    StateCounts counts{};
    while (true) {
        auto row = (*stmt)->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const auto state = (*stmt)->columnInt(0);
        if (state >= 0 && state < static_cast<std::int64_t>(counts.size()))
            counts[static_cast<std::size_t>(state)] = (*stmt)->columnInt(1);
    }
    return counts;
}

Result<std::int64_t> ItemStore::count()
{
    auto counts = stateCounts();
    if (!counts)
        return counts.error();
    std::int64_t total = 0;
    for (auto n : *counts)
        total += n;
    return total;
}

Status ItemStore::adjustStateCount(ItemState state, std::int64_t delta)
{
    if (delta == 0)
        return {};
    auto stmt = m_db.cached("INSERT INTO state_counts (state, count) VALUES (?1, ?2) "
                            "ON CONFLICT (state) DO UPDATE SET count = count + ?2");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, static_cast<int>(state)).bind(2, delta);
    return (*stmt)->run();
}

Status ItemStore::setState(std::int64_t id, ItemState state)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto current = m_db.cached("SELECT state, " + itemStateSql() + ", " + kScored +
                               " FROM items WHERE id = ?");
    if (!current)
        return current.error();
    (*current)->bind(1, id);
    auto row = (*current)->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error(ErrorCode::NotFound, "no item with id " + std::to_string(id));
    const auto stored = static_cast<ItemState>((*current)->columnInt(0));
    const auto previous = static_cast<ItemState>((*current)->columnInt(1));
    const bool scored = (*current)->columnInt(2) != 0;
    (*current)->reset();
    if (stored == state)
        return transaction->commit();
    // A predicted item cannot be new: it is suggested.
    const ItemState next = state == ItemState::New && scored ? ItemState::Suggested : state;
    auto update = m_db.cached("UPDATE items SET state = ? WHERE id = ?");
    if (!update)
        return update.error();
    (*update)->bind(1, static_cast<int>(state)).bind(2, id);
    ASSAY_TRY((*update)->run());
    if (previous != next) {
        ASSAY_TRY(adjustStateCount(previous, -1));
        ASSAY_TRY(adjustStateCount(next, +1));
    }
    return transaction->commit();
}

Status ItemStore::recountStates()
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    ASSAY_TRY(m_db.exec("DELETE FROM state_counts; INSERT INTO state_counts (state, count) "
                        "SELECT " +
                        itemStateSql() + " AS s, count(*) FROM items GROUP BY s"));
    return transaction->commit();
}

Status ItemStore::setUncertainty(std::int64_t id, std::optional<double> uncertainty)
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto item = get(id);
    if (!item)
        return item.error();
    auto stmt = m_db.cached("INSERT INTO item_scores (item_id, uncertainty) VALUES (?1, ?2) "
                            "ON CONFLICT (item_id) DO UPDATE SET "
                            "uncertainty = excluded.uncertainty");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id).bind(2, uncertainty);
    ASSAY_TRY((*stmt)->run());
    if (item->state == ItemState::New) {
        ASSAY_TRY(adjustStateCount(ItemState::New, -1));
        ASSAY_TRY(adjustStateCount(ItemState::Suggested, +1));
    }
    return transaction->commit();
}

} // namespace assay::core
