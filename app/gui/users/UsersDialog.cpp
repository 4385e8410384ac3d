#include "users/UsersDialog.h"

#include "project/CoreStrings.h"
#include "project/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::gui {
namespace {

enum Column {
    NameColumn,
    DisplayColumn,
    RolesColumn,
    QualificationColumn,
    PasswordColumn,
    StatusColumn,
    ColumnCount
};

QString roleText(core::Role role)
{
    switch (role) {
    case core::Role::Annotator:
        return UsersDialog::tr("Annotator");
    case core::Role::Reviewer:
        return UsersDialog::tr("Reviewer");
    case core::Role::Expert:
        return UsersDialog::tr("Expert");
    case core::Role::Admin:
        return UsersDialog::tr("Administrator");
    }
    return {};
}

QString qualificationText(core::Qualification qualification)
{
    switch (qualification) {
    case core::Qualification::Qualified:
        return UsersDialog::tr("Qualified");
    case core::Qualification::Trainee:
        return UsersDialog::tr("Trainee");
    case core::Qualification::Suspended:
        return UsersDialog::tr("Suspended");
    }
    return {};
}

constexpr core::Role kRoles[] = {core::Role::Annotator, core::Role::Reviewer, core::Role::Expert,
                                 core::Role::Admin};

} // namespace

UsersDialog::UsersDialog(ProjectSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_edits(session)
    , m_readOnly(!m_edits.mayEdit())
{
    setObjectName(QStringLiteral("usersDialog"));
    setWindowTitle(tr("Users — %1").arg(session.projectName()));
    auto *layout = new QVBoxLayout(this);
    if (m_readOnly) {
        auto *note = new QLabel(tr("Only administrators can add or change users; the list is "
                                   "shown here read-only."),
                                this);
        note->setObjectName(QStringLiteral("hintText"));
        layout->addWidget(note);
    }
    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Display Name"), tr("Roles"),
                                        tr("Qualification"), tr("Password"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    left->addWidget(m_table, 1);
    m_new = new QPushButton(tr("&New User"), this);
    m_new->setObjectName(QStringLiteral("userNewButton"));
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_new);
    leftButtons->addStretch(1);
    left->addLayout(leftButtons);
    body->addLayout(left, 3);
    body->addWidget(buildForm(), 2);
    layout->addLayout(body, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_new, &QPushButton::clicked, this, &UsersDialog::startNewUser);
    connect(m_save, &QPushButton::clicked, this, &UsersDialog::save);
    connect(m_table, &QTableWidget::currentCellChanged, this, &UsersDialog::userChosen);
    for (QLineEdit *line : {m_name, m_displayName, m_password})
        connect(line, &QLineEdit::returnPressed, this, &UsersDialog::save);
    connect(m_removePassword, &QCheckBox::toggled, this, &UsersDialog::updateEnabled);
    // Enter saves the form; it never presses whichever button was clicked last.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    reload(session.userId());
    resize(1000, 520);
}

QWidget *UsersDialog::buildForm()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(panel);
    m_heading->setObjectName(QStringLiteral("sectionCaption"));
    layout->addWidget(m_heading);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(panel);
    m_name->setObjectName(QStringLiteral("userNameEdit"));
    m_name->setPlaceholderText(tr("Login name, e.g. li.ming"));
    form->addRow(tr("&Name:"), m_name);
    m_displayName = new QLineEdit(panel);
    m_displayName->setObjectName(QStringLiteral("userDisplayNameEdit"));
    m_displayName->setPlaceholderText(tr("Full name, e.g. 李明"));
    form->addRow(tr("&Display name:"), m_displayName);
    auto *roles = new QWidget(panel);
    auto *rolesLayout = new QHBoxLayout(roles);
    rolesLayout->setContentsMargins(0, 0, 0, 0);
    const QString names[] = {QStringLiteral("userRoleAnnotator"),
                             QStringLiteral("userRoleReviewer"), QStringLiteral("userRoleExpert"),
                             QStringLiteral("userRoleAdmin")};
    for (std::size_t i = 0; i < std::size(kRoles); ++i) {
        auto *box = new QCheckBox(roleText(kRoles[i]), roles);
        box->setObjectName(names[i]);
        rolesLayout->addWidget(box);
        m_roles[kRoles[i]] = box;
    }
    rolesLayout->addStretch(1);
    form->addRow(tr("Roles:"), roles);
    m_qualification = new QComboBox(panel);
    m_qualification->setObjectName(QStringLiteral("userQualificationCombo"));
    for (auto q : {core::Qualification::Qualified, core::Qualification::Trainee,
                   core::Qualification::Suspended})
        m_qualification->addItem(qualificationText(q), static_cast<int>(q));
    m_qualification->setToolTip(tr("Trainees work on exam items only until they pass; suspended "
                                   "users get no new work."));
    form->addRow(tr("&Qualification:"), m_qualification);
    m_password = new QLineEdit(panel);
    m_password->setObjectName(QStringLiteral("userPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_removePassword = new QCheckBox(tr("&Remove the password"), panel);
    m_removePassword->setObjectName(QStringLiteral("userRemovePasswordCheck"));
    form->addRow(QString(), m_removePassword);
    m_active = new QCheckBox(tr("&Active: may log in and get work"), panel);
    m_active->setObjectName(QStringLiteral("userActiveCheck"));
    form->addRow(QString(), m_active);
    layout->addLayout(form);
    m_error = new QLabel(panel);
    m_error->setObjectName(QStringLiteral("userFormError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_save = new QPushButton(tr("&Save User"), panel);
    m_save->setObjectName(QStringLiteral("userSaveButton"));
    m_save->setAutoDefault(false);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    return panel;
}

void UsersDialog::reload(std::int64_t selectId)
{
    auto users = m_session.project().users().list(true);
    if (!users) {
        showError(errorText(users.error()));
        return;
    }
    m_users = std::move(users).value();
    m_table->blockSignals(true);
    m_table->setRowCount(static_cast<int>(m_users.size()));
    int selectRow = m_users.empty() ? -1 : 0;
    for (int row = 0; row < static_cast<int>(m_users.size()); ++row) {
        const core::User &user = m_users[static_cast<std::size_t>(row)];
        QStringList roles;
        for (core::Role role : kRoles)
            if (user.hasRole(role))
                roles << roleText(role);
        const QString cells[] = {qstr(user.name),
                                 qstr(user.displayName),
                                 roles.join(tr(", ", "between roles")),
                                 qualificationText(user.qualification),
                                 user.hasPassword ? tr("set") : tr("none"),
                                 user.active ? tr("active") : tr("deactivated")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells[column]);
            if (!user.active)
                cell->setForeground(QColor(0x9a, 0xa0, 0xa6));
            m_table->setItem(row, column, cell);
        }
        if (user.id == selectId)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column + 1 < ColumnCount; ++column)
        m_table->setColumnWidth(column, m_table->columnWidth(column) + 18);
    m_table->blockSignals(false);
    m_table->setCurrentCell(selectRow, 0);
    userChosen();
}

void UsersDialog::selectUser(const QString &name)
{
    for (int row = 0; row < static_cast<int>(m_users.size()); ++row)
        if (qstr(m_users[static_cast<std::size_t>(row)].name) == name)
            m_table->setCurrentCell(row, 0);
}

void UsersDialog::userChosen()
{
    const int row = m_table->currentRow();
    showError(QString());
    if (row < 0 || row >= static_cast<int>(m_users.size())) {
        startNewUser();
        return;
    }
    const core::User &user = m_users[static_cast<std::size_t>(row)];
    m_shownId = user.id;
    m_heading->setText(qstr(user.displayName.empty() ? user.name : user.displayName));
    m_name->setText(qstr(user.name));
    m_displayName->setText(qstr(user.displayName));
    for (auto &[role, box] : m_roles)
        box->setChecked(user.hasRole(role));
    m_qualification->setCurrentIndex(
        m_qualification->findData(static_cast<int>(user.qualification)));
    m_password->clear();
    m_password->setPlaceholderText(user.hasPassword ? tr("Leave empty to keep the password")
                                                    : tr("Optional: none is asked"));
    m_removePassword->setChecked(false);
    m_removePassword->setVisible(user.hasPassword);
    m_active->setChecked(user.active);
    m_save->setText(tr("&Save User"));
    updateEnabled();
}

void UsersDialog::startNewUser()
{
    m_shownId = 0;
    m_table->blockSignals(true);
    m_table->setCurrentCell(-1, -1);
    m_table->blockSignals(false);
    m_heading->setText(tr("New user"));
    m_name->clear();
    m_displayName->clear();
    for (auto &[role, box] : m_roles)
        box->setChecked(role == core::Role::Annotator);
    m_qualification->setCurrentIndex(0);
    m_password->clear();
    m_password->setPlaceholderText(tr("Optional: none is asked"));
    m_removePassword->setChecked(false);
    m_removePassword->hide();
    m_active->setChecked(true);
    m_save->setText(tr("&Add User"));
    showError(QString());
    updateEnabled();
    if (!m_readOnly)
        m_name->setFocus(Qt::OtherFocusReason);
}

void UsersDialog::updateEnabled()
{
    const bool editing = !m_readOnly;
    m_new->setEnabled(editing);
    m_name->setReadOnly(!editing || m_shownId != 0);
    m_displayName->setReadOnly(!editing);
    for (auto &[role, box] : m_roles)
        box->setEnabled(editing);
    m_qualification->setEnabled(editing);
    m_password->setEnabled(editing && !m_removePassword->isChecked());
    m_removePassword->setEnabled(editing);
    m_active->setEnabled(editing && m_shownId != 0);
    m_save->setEnabled(editing);
}

std::vector<core::Role> UsersDialog::checkedRoles() const
{
    std::vector<core::Role> roles;
    for (core::Role role : kRoles)
        if (m_roles.at(role)->isChecked())
            roles.push_back(role);
    return roles;
}

void UsersDialog::save()
{
    if (m_readOnly)
        return;
    const std::string displayName = stdstr(m_displayName->text().trimmed());
    if (m_shownId == 0) {
        auto added = m_edits.add(stdstr(m_name->text()), displayName, checkedRoles(),
                                 stdstr(m_password->text()));
        if (!added) {
            showError(errorText(added.error()));
            return;
        }
        m_status->setText(tr("Added “%1”.").arg(qstr(added->name)));
        reload(added->id);
        return;
    }
    auto current = m_session.project().users().byId(m_shownId);
    if (!current) {
        showError(errorText(current.error()));
        return;
    }
    core::User wanted = *current;
    wanted.displayName = displayName;
    wanted.roles = checkedRoles();
    wanted.qualification = static_cast<core::Qualification>(m_qualification->currentData().toInt());
    wanted.active = m_active->isChecked();
    std::optional<std::string> password;
    if (m_removePassword->isChecked())
        password = std::string();
    else if (!m_password->text().isEmpty())
        password = stdstr(m_password->text());
    if (auto saved = m_edits.update(wanted, password); !saved) {
        showError(errorText(saved.error()));
        return;
    }
    m_status->setText(tr("Saved “%1”.").arg(qstr(wanted.name)));
    // Whoever is working sees their own new name and roles at once.
    if (wanted.id == m_session.userId())
        if (auto updated = m_session.project().users().byId(wanted.id); updated.ok())
            m_session.setUser(*updated);
    reload(wanted.id);
}

void UsersDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace assay::gui
