#include "audit/AuditLog.h"

#include "project/Clock.h"
#include "storage/Database.h"
#include "storage/StatementRows.h"

namespace assay::core {

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

Status AuditLog::record(std::optional<std::int64_t> userId, std::string_view action,
                        std::string_view subject, std::string_view detail)
{
    auto stmt = m_db.cached(
        "INSERT INTO audit_log (at, user_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, nowMillis()).bind(2, userId).bind(3, action).bind(4, subject);
    (*stmt)->bind(5, detail);
    return (*stmt)->run();
}

Result<std::vector<AuditEntry>> AuditLog::entries(std::int64_t afterId, int limit)
{
    auto stmt = m_db.cached("SELECT id, at, user_id, action, subject, detail FROM audit_log "
                            "WHERE id > ? ORDER BY id LIMIT ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, afterId).bind(2, limit);
    return collectRows(**stmt, [](const Statement &s) {
        AuditEntry entry;
        entry.id = s.columnInt(0);
        entry.at = s.columnInt(1);
        if (!s.columnIsNull(2))
            entry.userId = s.columnInt(2);
        entry.action = s.columnString(3);
        entry.subject = s.columnString(4);
        entry.detail = s.columnString(5);
        return entry;
    });
}

} // namespace assay::core
