#include "users/UserEdits.h"

#include "project/CoreStrings.h"
#include "project/ProjectSession.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace assay::gui {
namespace {

core::Error refusal(const QString &message, core::ErrorCode code = core::ErrorCode::Validation)
{
    return core::Error(code, stdstr(message));
}

nlohmann::json roleNames(const std::vector<core::Role> &roles)
{
    nlohmann::json names = nlohmann::json::array();
    for (core::Role role : roles)
        names.push_back(std::string(core::roleName(role)));
    return names;
}

bool sameRoles(std::vector<core::Role> a, std::vector<core::Role> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

} // namespace

UserEdits::UserEdits(ProjectSession &session)
    : m_session(session)
{}

bool UserEdits::mayEdit() const
{
    return m_session.hasUser() && m_session.user().hasRole(core::Role::Admin);
}

core::Status UserEdits::refuseUnlessAdmin() const
{
    if (!mayEdit())
        return refusal(tr("Only administrators can change users."),
                       core::ErrorCode::PermissionDenied);
    return {};
}

void UserEdits::audit(const char *action, const std::string &userName, const std::string &detail)
{
    if (auto recorded = m_session.project().audit().record(m_session.userId(), action,
                                                           "user:" + userName, detail);
        !recorded)
        qWarning("audit log: %s", recorded.error().toString().c_str());
}

core::Result<core::User> UserEdits::add(const std::string &name, const std::string &displayName,
                                        const std::vector<core::Role> &roles,
                                        const std::string &password)
{
    ASSAY_TRY(refuseUnlessAdmin());
    const QString trimmed = qstr(name).trimmed();
    if (trimmed.isEmpty())
        return refusal(tr("A user needs a name to log in with."));
    if (trimmed.contains(QLatin1Char(' ')))
        return refusal(tr("A user name has no spaces; put the full name in the display name."));
    if (roles.empty())
        return refusal(tr("Give the user at least one role."));
    if (m_session.project().users().byName(stdstr(trimmed)).ok())
        return refusal(tr("There is already a user “%1”.").arg(trimmed),
                       core::ErrorCode::AlreadyExists);
    auto added = m_session.project().users().add(stdstr(trimmed), roles, password, displayName);
    if (!added)
        return added.error();
    audit("users.add", added->name,
          nlohmann::json{{"roles", roleNames(roles)},
                         {"display_name", displayName},
                         {"password", !password.empty()}}
              .dump());
    return added;
}

core::Status UserEdits::keepsAnAdministrator(const core::User &wanted)
{
    const bool stillAdmin = wanted.active && wanted.hasRole(core::Role::Admin);
    if (stillAdmin)
        return {};
    if (wanted.id == m_session.userId())
        return refusal(wanted.active ? tr("You cannot take away your own administrator role; "
                                          "another administrator can.")
                                     : tr("You cannot deactivate yourself; another "
                                          "administrator can."));
    auto users = m_session.project().users().list();
    if (!users)
        return users.error();
    for (const core::User &other : *users)
        if (other.id != wanted.id && other.hasRole(core::Role::Admin))
            return {};
    return refusal(tr("The project must keep at least one active administrator."));
}

core::Status UserEdits::update(const core::User &wanted, const std::optional<std::string> &password)
{
    ASSAY_TRY(refuseUnlessAdmin());
    auto current = m_session.project().users().byId(wanted.id);
    if (!current)
        return current.error();
    if (wanted.roles.empty())
        return refusal(tr("Give the user at least one role."));
    if (current->hasRole(core::Role::Admin) && current->active)
        ASSAY_TRY(keepsAnAdministrator(wanted));

    // All of it or nothing; the audit entries go with the changes they record.
    auto transaction = core::Transaction::begin(m_session.project().database());
    if (!transaction)
        return transaction.error();
    core::UserStore &users = m_session.project().users();
    const std::string &name = current->name;
    if (wanted.displayName != current->displayName) {
        ASSAY_TRY(users.setDisplayName(wanted.id, wanted.displayName));
        audit("users.set-display-name", name,
              nlohmann::json{{"display_name", wanted.displayName}}.dump());
    }
    if (!sameRoles(wanted.roles, current->roles)) {
        ASSAY_TRY(users.setRoles(wanted.id, wanted.roles));
        audit("users.set-roles", name, nlohmann::json{{"roles", roleNames(wanted.roles)}}.dump());
    }
    if (wanted.qualification != current->qualification) {
        ASSAY_TRY(users.setQualification(wanted.id, wanted.qualification));
        audit("users.set-qualification", name,
              nlohmann::json{
                  {"qualification", std::string(core::qualificationName(wanted.qualification))}}
                  .dump());
    }
    if (password) {
        ASSAY_TRY(users.setPassword(wanted.id, *password));
        audit(password->empty() ? "users.remove-password" : "users.set-password", name);
    }
    if (wanted.active != current->active) {
        ASSAY_TRY(users.setActive(wanted.id, wanted.active));
        audit(wanted.active ? "users.activate" : "users.deactivate", name);
    }
    return transaction->commit();
}

} // namespace assay::gui
