#pragma once

#include "error/Result.h"
#include "users/User.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>

namespace assay::gui {

class ProjectSession;

/// The users dialog's changes to the project's users: adding one, and changing roles,
/// display name, qualification, password or whether the user is active. Each change is
/// checked (a name that is free, at least one role, an administrator who keeps the project
/// administrable), made, and recorded in the audit log as the session's user.
class UserEdits
{
    Q_DECLARE_TR_FUNCTIONS(assay::gui::UserEdits)

public:
    explicit UserEdits(ProjectSession &session);

    /// Whether the session's user may change users (administrators only).
    bool mayEdit() const;

    /// Adds a user; an empty `password` means none is asked.
    core::Result<core::User> add(const std::string &name, const std::string &displayName,
                                 const std::vector<core::Role> &roles, const std::string &password);
    /// Gives user `wanted.id` the display name, roles, qualification and active state of
    /// `wanted`; `password` replaces the password when given ("" removes it).
    core::Status update(const core::User &wanted, const std::optional<std::string> &password);

private:
    core::Status refuseUnlessAdmin() const;
    core::Status keepsAnAdministrator(const core::User &wanted);
    void audit(const char *action, const std::string &userName, const std::string &detail = "{}");

    ProjectSession &m_session;
};

} // namespace assay::gui
