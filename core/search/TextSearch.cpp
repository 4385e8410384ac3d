#include "search/TextSearch.h"

#include "storage/Database.h"
#include "text/Utf8.h"

#include <algorithm>
#include <climits>

namespace assay::core {

namespace {

// Written by ensureIndexed() and read by the triggers of schema step 2: never rename.
constexpr std::string_view kIndexedThroughKey = "search.indexed_through";

bool isBlank(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000;
}

std::string_view trimBlanks(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t next = begin;
        if (!isBlank(utf8::decode(text, next)))
            break;
        begin = next;
    }
    std::size_t end = text.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
        std::size_t pos = start;
        if (!isBlank(utf8::decode(text, pos)))
            break;
        end = start;
    }
    return text.substr(begin, end - begin);
}

} // namespace

/// How one query is run: through the index or by scanning, with which LIKE patterns.
struct TextSearch::Plan {
    std::string text;          ///< the trimmed query
    bool useIndex = false;     ///< it has a run of 3+ characters that are not LIKE wildcards
    bool hasWildcards = false; ///< it contains '%' or '_'
    bool hasAsciiLetters = false;
    std::string indexPattern; ///< for the index: '%' text '%', each '%' and '_' in it as '_'
    std::string exactPattern; ///< for LIKE … ESCAPE '\': '%' escaped text '%'
};

TextSearch::TextSearch(Database &db)
    : m_db(db) {}

Result<TextSearch::Plan> TextSearch::plan(std::string_view query) {
    Plan plan;
    plan.text = std::string(trimBlanks(query));
    std::size_t badOffset = 0;
    if (!utf8::isValid(plan.text, &badOffset))
        return Error(ErrorCode::Encoding, "the search text is not valid UTF-8 (at byte " +
                                              std::to_string(badOffset) + ")");
    if (plan.text.empty())
        return Error(ErrorCode::InvalidArgument, "the search text is empty");
    const std::size_t length = utf8::length(plan.text);
    if (length > kMaxQueryLength)
        return Error(ErrorCode::InvalidArgument,
                     "the search text is " + std::to_string(length) + " characters long; at most " +
                         std::to_string(kMaxQueryLength) + " can be searched for");

    plan.indexPattern = "%";
    plan.exactPattern = "%";
    std::size_t run = 0;
    std::size_t longestRun = 0;
    for (std::size_t pos = 0; pos < plan.text.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::decode(plan.text, pos);
        const std::string_view bytes(plan.text.data() + start, pos - start);
        if (cp == '%' || cp == '_') {
            plan.hasWildcards = true;
            run = 0;
            plan.indexPattern += '_';
        } else {
            longestRun = std::max(longestRun, ++run);
            plan.indexPattern += bytes;
        }
        if (cp == '%' || cp == '_' || cp == '\\')
            plan.exactPattern += '\\';
        plan.exactPattern += bytes;
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
            plan.hasAsciiLetters = true;
    }
    plan.indexPattern += '%';
    plan.exactPattern += '%';
    // The trigram index answers nothing for a pattern without 3 characters in a row.
    plan.useIndex = longestRun >= 3;
    return plan;
}

Result<std::int64_t> TextSearch::indexedThrough() {
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

Result<TextIndexState> TextSearch::indexState() {
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

Status TextSearch::ensureIndexed(const ProgressCallback &progress, int batchSize) {
    if (batchSize < 1)
        return Error(ErrorCode::InvalidArgument, "the indexing batch size must be at least 1");
    auto state = indexState();
    if (!state)
        return state.error();
    std::int64_t through = state->indexedThrough;
    const auto total = static_cast<std::uint64_t>(state->pending);
    std::uint64_t done = 0;
    while (true) {
        auto transaction = Transaction::begin(m_db);
        if (!transaction)
            return transaction.error();
        auto range = m_db.cached("SELECT max(id), count(*) FROM "
                                 "(SELECT id FROM items WHERE id > ?1 ORDER BY id LIMIT ?2)");
        if (!range)
            return range.error();
        (*range)->bind(1, through).bind(2, batchSize);
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
        (*insert)->bind(1, through).bind(2, last);
        ASSAY_TRY((*insert)->run());
        auto mark = m_db.cached("INSERT INTO project (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = ?2");
        if (!mark)
            return mark.error();
        (*mark)->bind(1, kIndexedThroughKey).bind(2, std::to_string(last));
        ASSAY_TRY((*mark)->run());
        ASSAY_TRY(transaction->commit());

        through = last;
        done += count;
        if (progress && !progress(done, std::max(total, done)))
            return Error(ErrorCode::Cancelled, "indexing stopped after " + std::to_string(done) +
                                                   " of " + std::to_string(std::max(total, done)) +
                                                   " items; the next run goes on from there");
    }
}

Status TextSearch::findIndexed(const Plan &plan, std::int64_t afterId, std::int64_t through,
                               int limit, const ItemFilter &filter,
                               std::vector<std::int64_t> &ids) {
    // The index proposes rows holding every trigram of the pattern; SQLite re-checks each
    // with LIKE (the index does not set it aside), so the answer is exact.
    std::string sql = "SELECT items.id FROM items_fts CROSS JOIN items ON items.id = "
                      "items_fts.rowid WHERE items_fts.text LIKE ?7 AND items_fts.rowid > ?1 "
                      "AND items_fts.rowid <= ?8";
    if (plan.hasWildcards)
        sql += " AND items.text LIKE ?9 ESCAPE '\\'";
    sql += itemFilterSql(filter);
    sql += " ORDER BY items_fts.rowid LIMIT ?6";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, afterId).bind(6, limit).bind(7, plan.indexPattern).bind(8, through);
    if (plan.hasWildcards)
        s.bind(9, plan.exactPattern);
    bindItemFilter(s, filter);
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.push_back(s.columnInt(0));
    }
    s.reset();
    return {};
}

Status TextSearch::findByScan(const Plan &plan, std::int64_t afterId, int limit,
                              const ItemFilter &filter, std::vector<std::int64_t> &ids) {
    // Texts in id order until the page is full. instr() compares bytes and is the faster;
    // LIKE is needed only to ignore the case of ASCII letters.
    std::string sql = "SELECT items.id FROM items WHERE items.id > ?1 AND ";
    sql += plan.hasAsciiLetters ? "items.text LIKE ?7 ESCAPE '\\'" : "instr(items.text, ?7) > 0";
    sql += itemFilterSql(filter);
    sql += " ORDER BY items.id LIMIT ?6";
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    Statement &s = **stmt;
    s.bind(1, afterId).bind(6, limit);
    s.bind(7, plan.hasAsciiLetters ? std::string_view(plan.exactPattern) : plan.text);
    bindItemFilter(s, filter);
    while (true) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.push_back(s.columnInt(0));
    }
    s.reset();
    return {};
}

Result<std::vector<std::int64_t>> TextSearch::find(std::string_view query, std::int64_t afterId,
                                                   int limit, const ItemFilter &filter) {
    auto planned = plan(query);
    if (!planned)
        return planned.error();
    std::vector<std::int64_t> ids;
    if (limit <= 0)
        return ids;
    ids.reserve(static_cast<std::size_t>(std::min(limit, 4096)));
    std::int64_t scanFrom = afterId;
    if (planned->useIndex) {
        auto through = indexedThrough();
        if (!through)
            return through.error();
        if (afterId < *through)
            ASSAY_TRY(findIndexed(*planned, afterId, *through, limit, filter, ids));
        scanFrom = std::max(afterId, *through); // items past the index are scanned
    }
    const int missing = limit - static_cast<int>(ids.size());
    if (missing > 0)
        ASSAY_TRY(findByScan(*planned, scanFrom, missing, filter, ids));
    return ids;
}

Result<std::int64_t> TextSearch::count(std::string_view query, const ItemFilter &filter,
                                       std::int64_t cap) {
    auto ids = find(query, 0, static_cast<int>(std::clamp<std::int64_t>(cap, 0, INT_MAX)), filter);
    if (!ids)
        return ids.error();
    return static_cast<std::int64_t>(ids->size());
}

} // namespace assay::core
