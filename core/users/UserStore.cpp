#include "users/UserStore.h"

#include "project/Clock.h"
#include "storage/Database.h"
#include "storage/StatementRows.h"
#include "users/PasswordHash.h"

namespace assay::core {
namespace {

constexpr const char *kUserColumns = "SELECT id, name, display_name, roles, password_hash != '', "
                                     "qualification, active, created_at FROM users ";

User readUser(const Statement &stmt)
{
    User user;
    user.id = stmt.columnInt(0);
    user.name = stmt.columnString(1);
    user.displayName = stmt.columnString(2);
    user.roles = parseRoles(stmt.columnText(3)).value_or(std::vector<Role>{Role::Annotator});
    user.hasPassword = stmt.columnInt(4) != 0;
    user.qualification = static_cast<Qualification>(stmt.columnInt(5));
    user.active = stmt.columnInt(6) != 0;
    user.createdAt = stmt.columnInt(7);
    return user;
}

std::string joinRoles(const std::vector<Role> &roles)
{
    User user;
    user.roles = roles;
    return user.rolesText();
}

} // namespace

UserStore::UserStore(Database &db)
    : m_db(db)
{}

Result<User> UserStore::add(std::string_view name, const std::vector<Role> &roles,
                            std::string_view password, std::string_view displayName)
{
    if (name.empty())
        return Error(ErrorCode::InvalidArgument, "a user needs a name");
    if (roles.empty())
        return Error(ErrorCode::InvalidArgument, "a user needs at least one role");
    if (byName(name).ok())
        return Error(ErrorCode::AlreadyExists, "a user '" + std::string(name) + "' already exists");
    auto stmt = m_db.cached("INSERT INTO users (name, display_name, roles, password_hash, "
                            "created_at) VALUES (?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const std::string rolesText = joinRoles(roles);
    const std::string hash = password.empty() ? std::string() : hashPassword(password);
    (*stmt)->bind(1, name).bind(2, displayName).bind(3, rolesText).bind(4, hash);
    (*stmt)->bind(5, nowMillis());
    ASSAY_TRY((*stmt)->run());
    return byId(m_db.lastInsertId());
}

Result<std::vector<User>> UserStore::list(bool includeInactive)
{
    auto stmt = m_db.cached(std::string(kUserColumns) +
                            (includeInactive ? "ORDER BY id" : "WHERE active = 1 ORDER BY id"));
    if (!stmt)
        return stmt.error();
    return collectRows(**stmt, readUser);
}

Result<User> UserStore::byName(std::string_view name)
{
    auto stmt = m_db.cached(std::string(kUserColumns) + "WHERE name = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, name);
    auto user = firstRow(**stmt, readUser);
    if (!user)
        return user.error();
    if (!*user)
        return Error(ErrorCode::NotFound, "no user '" + std::string(name) + "'");
    return std::move(**user);
}

Result<User> UserStore::byId(std::int64_t id)
{
    auto stmt = m_db.cached(std::string(kUserColumns) + "WHERE id = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, id);
    auto user = firstRow(**stmt, readUser);
    if (!user)
        return user.error();
    if (!*user)
        return Error(ErrorCode::NotFound, "no user with id " + std::to_string(id));
    return std::move(**user);
}

Status UserStore::updateColumn(std::int64_t id, const char *sql, std::string_view text)
{
    auto stmt = m_db.cached(sql);
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, text).bind(2, id);
    ASSAY_TRY((*stmt)->run());
    if (m_db.changes() == 0)
        return Error(ErrorCode::NotFound, "no user with id " + std::to_string(id));
    return {};
}

Status UserStore::setRoles(std::int64_t id, const std::vector<Role> &roles)
{
    if (roles.empty())
        return Error(ErrorCode::InvalidArgument, "a user needs at least one role");
    return updateColumn(id, "UPDATE users SET roles = ? WHERE id = ?", joinRoles(roles));
}

Status UserStore::setPassword(std::int64_t id, std::string_view password)
{
    return updateColumn(id, "UPDATE users SET password_hash = ? WHERE id = ?",
                        password.empty() ? std::string() : hashPassword(password));
}

Status UserStore::setDisplayName(std::int64_t id, std::string_view displayName)
{
    return updateColumn(id, "UPDATE users SET display_name = ? WHERE id = ?", displayName);
}

Status UserStore::setQualification(std::int64_t id, Qualification qualification)
{
    return updateColumn(id, "UPDATE users SET qualification = CAST(? AS INTEGER) WHERE id = ?",
                        std::to_string(static_cast<int>(qualification)));
}

Status UserStore::setActive(std::int64_t id, bool active)
{
    return updateColumn(id, "UPDATE users SET active = CAST(? AS INTEGER) WHERE id = ?",
                        active ? "1" : "0");
}

Result<User> UserStore::authenticate(std::string_view name, std::string_view password)
{
    auto stmt = m_db.cached("SELECT id, password_hash, active FROM users WHERE name = ?");
    if (!stmt)
        return stmt.error();
    (*stmt)->bind(1, name);
    auto row = (*stmt)->step();
    if (!row)
        return row.error();
    const Error wrong(ErrorCode::PermissionDenied, "unknown user or wrong password");
    if (!*row)
        return wrong;
    const std::int64_t id = (*stmt)->columnInt(0);
    const std::string stored = (*stmt)->columnString(1);
    const bool active = (*stmt)->columnInt(2) != 0;
    (*stmt)->reset();
    if (!active)
        return Error(ErrorCode::PermissionDenied,
                     "user '" + std::string(name) + "' is deactivated");
    if (!stored.empty() && !verifyPassword(password, stored))
        return wrong;
    return byId(id);
}

} // namespace assay::core
