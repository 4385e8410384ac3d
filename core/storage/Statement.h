#pragma once

#include "error/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace assay::core {

/// A prepared SQLite statement. Bind with 1-based indexes, step, read columns 0-based.
/// Reset before re-use; the statement stays compiled for the lifetime of the object.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    /// Binds text without copying: `value` must outlive the next step(). Empty text is
    /// bound as '', never as NULL.
    Statement &bind(int index, std::string_view value);
    Statement &bind(int index, const char *value) { return bind(index, std::string_view(value)); }
    Statement &bind(int index, const std::string &value)
    {
        return bind(index, std::string_view(value));
    }
    /// Binds a temporary string by copying it: a view of it would dangle by the next step().
    Statement &bind(int index, std::string &&value);
    Statement &bindBlob(int index, const void *data, std::size_t size);
    Statement &bindNull(int index);
    template <typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        if (value)
            return bind(index, *value);
        return bindNull(index);
    }

    /// Advances; true while a row is available, false when done. Errors become an Error.
    Result<bool> step();
    /// Steps a statement that returns no rows (or ignores them), then resets it.
    Status run();
    void reset();

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string_view columnText(int column) const;
    std::string columnString(int column) const { return std::string(columnText(column)); }
    std::string_view columnBlob(int column) const;
    bool columnIsNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Turns a SQLite result code into an Error with the database's own message.
Error sqliteError(sqlite3 *db, int rc, std::string_view context);

} // namespace assay::core
