#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

/// What a user may do. A user can hold several roles.
enum class Role { Annotator, Reviewer, Expert, Admin };

std::string_view roleName(Role role);
std::optional<Role> parseRole(std::string_view name);

/// Whether a user may take real work yet: annotators may first have to pass an exam.
enum class Qualification { Qualified = 0, Trainee = 1, Suspended = 2 };

std::string_view qualificationName(Qualification q);
std::optional<Qualification> parseQualification(std::string_view name);

/// A person who works in the project.
struct User {
    std::int64_t id = 0;
    std::string name; ///< unique login name
    std::string displayName;
    std::vector<Role> roles;
    bool hasPassword = false;
    Qualification qualification = Qualification::Qualified;
    bool active = true;
    std::int64_t createdAt = 0; ///< Unix milliseconds

    bool hasRole(Role role) const;
    /// "annotator,reviewer"
    std::string rolesText() const;
};

/// Parses "annotator,reviewer"; an unknown role name fails.
std::optional<std::vector<Role>> parseRoles(std::string_view text);

} // namespace assay::core
