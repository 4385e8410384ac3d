#pragma once

#include "users/User.h"

#include <QDialog>
#include <optional>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace assay::gui {

class ProjectSession;

/// Asks who is working, from the project's active users, and checks the password of those
/// who have one. A project without users offers to add the person as its first user.
/// Widgets carry object names (userList, passwordEdit, nameEdit, errorLabel) for tests.
class UserChooserDialog : public QDialog
{
    Q_OBJECT

public:
    /// Lists the users of `session`'s project, selecting `preferredName` when given.
    UserChooserDialog(ProjectSession &session, const QString &preferredName,
                      QWidget *parent = nullptr);

    /// The authenticated user, once the dialog was accepted.
    const std::optional<core::User> &chosenUser() const { return m_chosen; }

    void accept() override;

private:
    void selectionChanged();
    void showError(const QString &message);
    void acceptFirstUser();

    ProjectSession &m_session;
    std::vector<core::User> m_users;
    std::optional<core::User> m_chosen;
    QListWidget *m_list = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace assay::gui
