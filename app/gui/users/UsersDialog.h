#pragma once

#include "users/User.h"
#include "users/UserEdits.h"

#include <QDialog>
#include <map>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace assay::gui {

class ProjectSession;

/// The project's users: everyone with their roles, qualification, password and whether they
/// are active; administrators add users (name, display name, roles, optional password) and
/// change roles, password, qualification, or deactivate and activate them. Everyone else
/// sees the list read-only. Widgets: usersTable, userNewButton, userNameEdit,
/// userDisplayNameEdit, userRoleAnnotator/Reviewer/Expert/Admin, userQualificationCombo,
/// userPasswordEdit, userRemovePasswordCheck, userActiveCheck, userSaveButton, userFormError.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(ProjectSession &session, QWidget *parent = nullptr);

    bool isReadOnly() const { return m_readOnly; }
    /// Selects the user named `name` in the list.
    void selectUser(const QString &name);
    /// Clears the form for a new user.
    void startNewUser();

private:
    QWidget *buildForm();
    void reload(std::int64_t selectId);
    void userChosen();
    void save();
    void updateEnabled();
    std::vector<core::Role> checkedRoles() const;
    void showError(const QString &message);

    ProjectSession &m_session;
    UserEdits m_edits;
    bool m_readOnly = false;
    std::vector<core::User> m_users;
    std::int64_t m_shownId = 0; ///< the user in the form; 0 for a new one
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_displayName = nullptr;
    std::map<core::Role, QCheckBox *> m_roles;
    QComboBox *m_qualification = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_removePassword = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace assay::gui
