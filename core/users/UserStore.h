#pragma once

#include "error/Result.h"
#include "users/User.h"

#include <vector>

namespace assay::core {

class Database;

/// The project's users. Names are unique; users are deactivated, never deleted, because
/// their annotations keep referring to them.
class UserStore
{
public:
    explicit UserStore(Database &db);

    /// Adds a user; an empty password means none is asked.
    Result<User> add(std::string_view name, const std::vector<Role> &roles,
                     std::string_view password = {}, std::string_view displayName = {});
    Result<std::vector<User>> list(bool includeInactive = false);
    Result<User> byName(std::string_view name);
    Result<User> byId(std::int64_t id);

    Status setRoles(std::int64_t id, const std::vector<Role> &roles);
    Status setPassword(std::int64_t id, std::string_view password);
    Status setQualification(std::int64_t id, Qualification qualification);
    Status setActive(std::int64_t id, bool active);
    Status setDisplayName(std::int64_t id, std::string_view displayName);

    /// Checks a login: the user exists, is active, and the password matches (or none is set).
    Result<User> authenticate(std::string_view name, std::string_view password);

private:
    Status updateColumn(std::int64_t id, const char *sql, std::string_view text);

    Database &m_db;
};

} // namespace assay::core
