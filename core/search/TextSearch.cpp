#include "search/TextSearch.h"

#include "search/TextContains.h"
#include "search/TextQuery.h"
#include "storage/Database.h"
#include "text/Utf8.h"

#include <algorithm>
#include <climits>
#include <cstdint>

namespace assay::core {

namespace {

// Written by ensureIndexed() and read by the triggers of schema step 2: never rename.
constexpr std::string_view kIndexedThroughKey = "search.indexed_through";

// Reads every row of a statement that selects one id, into `ids`.
Status readIds(Statement &stmt, std::vector<std::int64_t> &ids)
{
    while (true) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.push_back(stmt.columnInt(0));
    }
    stmt.reset();
    return {};
}

} // namespace

TextSearch::TextSearch(Database &db)
    : m_db(db)
{}

Result<std::int64_t> TextSearch::indexedThrough()
{
    auto stmt = m_db.cached("SELECT CAST(value AS INTEGER) FROM project WHERE key = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, kIndexedThroughKey);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const std::int64_t through = *row ? (*stmt)->columnInt(0) : 0;
    (*stmt)->reset();
    return through;
}

Result<TextIndexState> TextSearch::indexState()
{
    auto through = indexedThrough();
    if (!through)
        return through.error();
    auto stmt = m_db.cached("SELECT count(*) FROM items WHERE id > ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, *through);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    TextIndexState state;
    state.indexedThrough = *through;
    state.pending = (*stmt)->columnInt(0);
    (*stmt)->reset();
    return state;
}

Status TextSearch::ensureIndexed(const ProgressCallback &progress, int batchSize)
{
    if (batchSize < 1)
        return Error(ErrorCode::InvalidArgument, "the indexing batch size must be at least 1");
    auto state = indexState();
    if (!state)
        return state.error();
    const auto total = static_cast<std::uint64_t>(state->pending);
    std::uint64_t done = 0;
    while (true) {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        // Read the mark inside the write transaction: another connection may have indexed
        // since, and indexing a row twice would corrupt the index.
        auto through = indexedThrough();
        if (!through)
            return through.error();
        auto range = m_db.cached("SELECT max(id), count(*) FROM "
                                 "(SELECT id FROM items WHERE id > ?1 ORDER BY id LIMIT ?2)");
        if (!range)
            return range.error();
        (*range)->bind(1, *through).bind(2, batchSize);
        auto row = (*range)->step();
        if (!row)
            return row.error();
        const std::int64_t last = (*range)->columnIsNull(0) ? 0 : (*range)->columnInt(0);
        const auto count = static_cast<std::uint64_t>((*range)->columnInt(1));
        (*range)->reset();
        if (count == 0)
            return transaction->commit();

        auto insert = m_db.cached("INSERT INTO items_fts (rowid, text) "
                                  "SELECT id, text FROM items WHERE id > ?1 AND id <= ?2");
        if (!insert)
            return insert.error();
        (*insert)->bind(1, *through).bind(2, last);
        ASSAY_TRY((*insert)->run());
        auto mark = m_db.cached("INSERT INTO project (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = ?2");
        if (!mark)
            return mark.error();
        (*mark)->bind(1, kIndexedThroughKey).bind(2, std::to_string(last));
        ASSAY_TRY((*mark)->run());
        ASSAY_TRY(transaction->commit());

        done += count;
        if (progress && !progress(done, std::max(total, done)))
            return Error(ErrorCode::Cancelled, "indexing stopped after " + std::to_string(done) +
                                                   " of " + std::to_string(std::max(total, done)) +
                                                   " items; the next run goes on from there");
    }
}

Status TextSearch::findIndexed(const TextQuery &query, std::int64_t afterId, std::int64_t upTo,
                               int limit, const ItemFilter &filter, std::vector<std::int64_t> &ids)
{
    // The index proposes rows holding every trigram of the pattern; SQLite re-checks each
    // with LIKE (the index does not set it aside), so the answer is exact. Where the text has
    // LIKE wildcards, the pattern has them as '_' and assay_contains checks the real text.
    std::string sql = "SELECT items.id FROM items_fts CROSS JOIN items ON items.id = "
                      "items_fts.rowid WHERE items_fts.text LIKE ?7 AND items_fts.rowid > ?1 "
                      "AND items_fts.rowid <= ?8";
    if (query.hasWildcards())
        sql += " AND assay_contains(items.text, ?9, 1)";
    sql += itemFilterSql(filter);
    sql += " ORDER BY items_fts.rowid LIMIT ?6";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, afterId).bind(6, limit).bind(7, query.indexPattern()).bind(8, upTo);
    if (query.hasWildcards())
        s.bind(9, query.needle());
    bindItemFilter(s, filter);
    return readIds(s, ids);
}

Status TextSearch::findByScan(const TextQuery &query, std::int64_t afterId, std::int64_t upTo,
                              int limit, const ItemFilter &filter, std::vector<std::int64_t> &ids)
{
    // Texts in id order until the page is full.
    std::string sql = "SELECT items.id FROM items WHERE items.id > ?1 AND items.id <= ?8 AND ";
    sql += query.ignoresCase() ? "assay_contains(items.text, ?7, 1)"
                               : "assay_contains(items.text, ?7, 0)";
    sql += itemFilterSql(filter);
    sql += " ORDER BY items.id LIMIT ?6";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, afterId).bind(6, limit).bind(7, query.needle()).bind(8, upTo);
    bindItemFilter(s, filter);
    return readIds(s, ids);
}

Status TextSearch::collect(const TextQuery &query, std::int64_t afterId, std::int64_t upTo,
                           int limit, const ItemFilter &filter, std::vector<std::int64_t> &ids)
{
    if (!m_functionsRegistered) {
        ASSAY_TRY(registerTextContains(m_db));
        m_functionsRegistered = true;
    }
    std::int64_t scanFrom = afterId;
    if (query.usesIndex()) {
        auto through = indexedThrough();
        if (!through)
            return through.error();
        if (afterId < *through)
            ASSAY_TRY(findIndexed(query, afterId, std::min(upTo, *through), limit, filter, ids));
        scanFrom = std::max(afterId, *through); // items past the index are scanned
    }
    const int missing = limit - static_cast<int>(ids.size());
    if (missing > 0 && scanFrom < upTo)
        ASSAY_TRY(findByScan(query, scanFrom, upTo, missing, filter, ids));
    return {};
}

Result<std::vector<std::int64_t>> TextSearch::find(std::string_view query, std::int64_t afterId,
                                                   int limit, const ItemFilter &filter)
{
    auto parsed = TextQuery::parse(query);
    if (!parsed)
        return parsed.error();
    std::vector<std::int64_t> ids;
    if (limit <= 0)
        return ids;
    ids.reserve(static_cast<std::size_t>(std::min(limit, 4096)));
    ASSAY_TRY(collect(*parsed, afterId, INT64_MAX, limit, filter, ids));
    return ids;
}

Result<TextSearchStep> TextSearch::findStep(std::string_view query, std::int64_t afterId, int limit,
                                            std::int64_t window, const ItemFilter &filter)
{
    auto parsed = TextQuery::parse(query);
    if (!parsed)
        return parsed.error();
    if (window < 1)
        return Error(ErrorCode::InvalidArgument, "a search step must look at 1 item or more");
    auto lastId = m_db.queryInt("SELECT coalesce(max(id), 0) FROM items");
    if (!lastId)
        return lastId.error();
    TextSearchStep step;
    const std::int64_t upTo =
        afterId >= *lastId ? afterId : std::min(*lastId, afterId + std::min(window, *lastId));
    if (limit > 0 && upTo > afterId)
        ASSAY_TRY(collect(*parsed, afterId, upTo, limit, filter, step.ids));
    const bool pageFull = limit > 0 && static_cast<int>(step.ids.size()) >= limit;
    step.lookedThrough = pageFull ? step.ids.back() : upTo;
    step.finished = step.lookedThrough >= *lastId;
    return step;
}

Result<std::int64_t> TextSearch::count(std::string_view query, const ItemFilter &filter,
                                       std::int64_t cap)
{
    auto ids = find(query, 0, static_cast<int>(std::clamp<std::int64_t>(cap, 0, INT_MAX)), filter);
    if (!ids)
        return ids.error();
    return static_cast<std::int64_t>(ids->size());
}

} // namespace assay::core
