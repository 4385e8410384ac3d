#pragma once

#include "error/Result.h"
#include "storage/Statement.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace assay::core {

/// One open SQLite connection. Owns the handle and a cache of prepared statements, so hot
/// paths prepare their SQL once. Not shared between threads: a worker opens its own.
class Database
{
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    /// Opens `path`. Fails with a clear error when the file cannot be opened.
    static Result<std::unique_ptr<Database>> open(const std::string &path, OpenMode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const std::string &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    /// Runs one or more SQL statements that return no rows.
    Status exec(std::string_view sql);
    /// Compiles a statement for one-off use.
    Result<Statement> prepare(std::string_view sql);
    /// A cached prepared statement, reset and with bindings cleared, ready to bind.
    /// The reference is valid until the Database is destroyed.
    Result<Statement *> cached(std::string_view sql);

    /// Runs a query expected to return one integer (0 when it returns no row).
    Result<std::int64_t> queryInt(std::string_view sql);
    /// Resets every statement of this connection that is part-way through its rows, so that
    /// schema changes (which SQLite refuses while a statement is reading) can run.
    void resetBusyStatements();
    std::int64_t lastInsertId() const;
    int changes() const;
    bool inTransaction() const;

private:
    Database(sqlite3 *db, std::string path);

    sqlite3 *m_db = nullptr;
    std::string m_path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    int m_savepointDepth = 0;
    friend class Transaction;
};

/// A write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless
/// commit() succeeded. Inside another transaction it becomes a savepoint, so that functions
/// that change several rows can be all-or-nothing whether or not their caller batches them.
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    Transaction(Database &db, int savepoint)
        : m_db(&db)
        , m_savepoint(savepoint)
    {}
    Database *m_db = nullptr;
    int m_savepoint = 0; ///< 0 for the outermost transaction, else the savepoint's number
};

} // namespace assay::core
