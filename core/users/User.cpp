#include "users/User.h"

#include <algorithm>

namespace assay::core {

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Annotator:
        return "annotator";
    case Role::Reviewer:
        return "reviewer";
    case Role::Expert:
        return "expert";
    case Role::Admin:
        return "admin";
    }
    return "annotator";
}

std::optional<Role> parseRole(std::string_view name)
{
    for (Role role : {Role::Annotator, Role::Reviewer, Role::Expert, Role::Admin})
        if (roleName(role) == name)
            return role;
    return std::nullopt;
}

std::string_view qualificationName(Qualification q)
{
    switch (q) {
    case Qualification::Qualified:
        return "qualified";
    case Qualification::Trainee:
        return "trainee";
    case Qualification::Suspended:
        return "suspended";
    }
    return "qualified";
}

std::optional<Qualification> parseQualification(std::string_view name)
{
    for (auto q : {Qualification::Qualified, Qualification::Trainee, Qualification::Suspended})
        if (qualificationName(q) == name)
            return q;
    return std::nullopt;
}

bool User::hasRole(Role role) const
{
    return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::string User::rolesText() const
{
    std::string text;
    for (Role role : roles) {
        if (!text.empty())
            text += ',';
        text += roleName(role);
    }
    return text;
}

std::optional<std::vector<Role>> parseRoles(std::string_view text)
{
    std::vector<Role> roles;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view part = text.substr(start, end - start);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        if (!part.empty()) {
            auto role = parseRole(part);
            if (!role)
                return std::nullopt;
            if (std::find(roles.begin(), roles.end(), *role) == roles.end())
                roles.push_back(*role);
        }
        start = end + 1;
    }
    if (roles.empty())
        return std::nullopt;
    return roles;
}

} // namespace assay::core
