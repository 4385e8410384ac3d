#pragma once

#include "error/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace assay::core {

class Database;

/// One recorded change: who did what to which thing, when, with details as JSON.
struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t at = 0; ///< Unix milliseconds
    std::optional<std::int64_t> userId;
    std::string action;  ///< e.g. "import", "annotate", "schema.add-field"
    std::string subject; ///< e.g. "item:42", "field:类别", "batch:3"
    std::string detail;  ///< JSON object as text
};

/// The project's append-only log. The database refuses updates and deletes of its rows.
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    Status record(std::optional<std::int64_t> userId, std::string_view action,
                  std::string_view subject, std::string_view detail = "{}");
    /// Entries with id > `afterId`, oldest first.
    Result<std::vector<AuditEntry>> entries(std::int64_t afterId = 0, int limit = 1000);

private:
    Database &m_db;
};

} // namespace assay::core
