#include "project/UserChooserDialog.h"

#include "project/CoreStrings.h"
#include "project/ProjectSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace assay::gui {

UserChooserDialog::UserChooserDialog(ProjectSession &session, const QString &preferredName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("userChooserDialog"));
    setWindowTitle(tr("Who is working?"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%1</b>").arg(session.projectName().toHtmlEscaped()), this);
    layout->addWidget(heading);

    if (auto users = session.project().users().list(); users.ok())
        m_users = std::move(users).value();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (m_users.empty()) {
        auto *hint = new QLabel(tr("This project has no users yet. Enter your name to add "
                                   "yourself as its first user (administrator and annotator)."),
                                this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("nameEdit"));
        m_name->setPlaceholderText(tr("Your name, e.g. li.ming"));
        m_name->setText(preferredName);
        layout->addWidget(m_name);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Me and Start"));
    } else {
        layout->addWidget(new QLabel(tr("Choose your name:"), this));
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("userList"));
        int preferredRow = 0;
        for (const core::User &user : m_users) {
            QString text = qstr(user.displayName.empty() ? user.name : user.displayName);
            if (!user.displayName.empty())
                text += QStringLiteral("  (%1)").arg(qstr(user.name));
            text += QStringLiteral(" — ") + qstr(user.rolesText());
            if (user.hasPassword)
                text += QStringLiteral(" 🔒");
            auto *entry = new QListWidgetItem(text, m_list);
            entry->setData(Qt::UserRole, QVariant::fromValue<qint64>(user.id));
            if (qstr(user.name) == preferredName)
                preferredRow = m_list->count() - 1;
        }
        layout->addWidget(m_list);
        m_passwordLabel = new QLabel(tr("Password:"), this);
        m_password = new QLineEdit(this);
        m_password->setObjectName(QStringLiteral("passwordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        layout->addWidget(m_passwordLabel);
        layout->addWidget(m_password);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Working"));
        connect(m_list, &QListWidget::currentRowChanged, this,
                &UserChooserDialog::selectionChanged);
        connect(m_list, &QListWidget::itemDoubleClicked, this, &UserChooserDialog::accept);
        m_list->setCurrentRow(preferredRow);
        selectionChanged();
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserChooserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserChooserDialog::reject);
    resize(440, m_users.empty() ? 200 : 360);
}

void UserChooserDialog::selectionChanged()
{
    const int row = m_list->currentRow();
    const bool needsPassword =
        row >= 0 && row < static_cast<int>(m_users.size()) && m_users[row].hasPassword;
    m_passwordLabel->setVisible(needsPassword);
    m_password->setVisible(needsPassword);
    m_password->clear();
    if (needsPassword)
        m_password->setFocus();
    else
        m_list->setFocus();
    if (m_error)
        m_error->hide();
}

void UserChooserDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void UserChooserDialog::acceptFirstUser()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showError(tr("Enter a name."));
        return;
    }
    auto user = m_session.project().users().add(stdstr(name),
                                                {core::Role::Admin, core::Role::Annotator}, {}, {});
    if (!user) {
        showError(errorText(user.error()));
        return;
    }
    m_chosen = *user;
    QDialog::accept();
}

void UserChooserDialog::accept()
{
    if (m_name) {
        acceptFirstUser();
        return;
    }
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_users.size())) {
        showError(tr("Choose your name from the list."));
        return;
    }
    auto user =
        m_session.project().users().authenticate(m_users[row].name, stdstr(m_password->text()));
    if (!user) {
        m_password->clear();
        showError(errorText(user.error()));
        return;
    }
    m_chosen = *user;
    QDialog::accept();
}

} // namespace assay::gui
