#include "storage/Database.h"

#include <cassert>
#include <sqlite3.h>
#include <utility>

namespace assay::core {

namespace {

// Process-wide SQLite settings, applied once before the library initialises. Assay keeps no
// memory statistics, and collecting them takes a global mutex on every allocation.
void configureSqliteOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return sqlite3_initialize() == SQLITE_OK;
    }();
    (void)configured;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const std::string &path, OpenMode mode)
{
    configureSqliteOnce();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, "cannot open " + path);
        sqlite3_close(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    return std::unique_ptr<Database>(new Database(db, path));
}

Database::Database(sqlite3 *db, std::string path)
    : m_db(db)
    , m_path(std::move(path))
{}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close(m_db);
}

Status Database::exec(std::string_view sql)
{
    char *message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        sqlite3_free(message);
        return sqliteError(m_db, rc, "");
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "");
    return Statement(m_db, stmt);
}

Result<CachedStatement> Database::cached(std::string_view sql)
{
    auto found = m_cache.find(std::string(sql));
    if (found != m_cache.end()) {
        found->second->reset();
        return CachedStatement(found->second.get());
    }
    auto prepared = prepare(sql);
    if (!prepared)
        return prepared.error();
    auto stored = std::make_unique<Statement>(std::move(prepared).value());
    Statement *raw = stored.get();
    m_cache.emplace(std::string(sql), std::move(stored));
    return CachedStatement(raw);
}

Result<std::int64_t> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    return *row ? stmt->columnInt(0) : 0;
}

void Database::resetBusyStatements()
{
    for (sqlite3_stmt *stmt = sqlite3_next_stmt(m_db, nullptr); stmt;
         stmt = sqlite3_next_stmt(m_db, stmt))
        if (sqlite3_stmt_busy(stmt))
            sqlite3_reset(stmt);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Result<Transaction> Transaction::begin(Database &db)
{
    if (db.inTransaction()) {
        const int savepoint = ++db.m_savepointDepth;
        auto status = db.exec("SAVEPOINT assay_" + std::to_string(savepoint));
        if (!status) {
            --db.m_savepointDepth;
            return status.error();
        }
        return Transaction(db, savepoint);
    }
    ASSAY_TRY(db.exec("BEGIN IMMEDIATE"));
    return Transaction(db, 0);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_savepoint(other.m_savepoint)
{}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    assert(m_db);
    if (m_savepoint) {
        auto status = m_db->exec("RELEASE assay_" + std::to_string(m_savepoint));
        if (!status) {
            rollback();
            return status;
        }
        --m_db->m_savepointDepth;
        m_db = nullptr;
        return {};
    }
    auto status = m_db->exec("COMMIT");
    if (!status) {
        rollback();
        return status;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!m_db)
        return;
    if (m_savepoint) {
        const std::string name = "assay_" + std::to_string(m_savepoint);
        (void)m_db->exec("ROLLBACK TO " + name);
        (void)m_db->exec("RELEASE " + name);
        --m_db->m_savepointDepth;
    } else if (m_db->inTransaction()) {
        (void)m_db->exec("ROLLBACK");
    }
    m_db = nullptr;
}

} // namespace assay::core
