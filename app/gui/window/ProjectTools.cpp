#include "window/ProjectTools.h"

#include "annotate/AnnotateView.h"
#include "import/ImportWizard.h"
#include "language/LanguageMenu.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"
#include "schema/SchemaEditor.h"
#include "users/UsersDialog.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QStatusBar>

namespace assay::gui {

ProjectTools::ProjectTools(MainWindow &window)
    : QObject(&window)
    , m_window(window)
{
    MainActions &actions = window.actions();
    m_import = new QAction(this);
    m_import->setObjectName(QStringLiteral("importItemsAction"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_schema = new QAction(this);
    m_schema->setObjectName(QStringLiteral("schemaAction"));
    m_users = new QAction(this);
    m_users->setObjectName(QStringLiteral("usersAction"));
    for (QAction *action : {m_import, m_schema, m_users}) {
        window.addAction(action);
        actions.addToMenu(MenuId::Project, action);
    }
    QMenu *view = actions.menu(MenuId::View);
    view->addSeparator();
    m_language = new LanguageMenu(view, this);

    connect(m_import, &QAction::triggered, this, &ProjectTools::showImportWizard);
    connect(m_schema, &QAction::triggered, this, &ProjectTools::showSchemaEditor);
    connect(m_users, &QAction::triggered, this, &ProjectTools::showUsersDialog);
    ProjectSession &session = window.session();
    for (auto signal : {&ProjectSession::projectOpened, &ProjectSession::projectClosed,
                        &ProjectSession::userChanged})
        connect(&session, signal, this, &ProjectTools::updateActions);
    connect(m_language, &LanguageMenu::languageChanged, &window, &MainWindow::languageChanged);
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

ProjectTools::~ProjectTools() = default;

ImportWizard *ProjectTools::importWizard() const
{
    return m_importWizard;
}

SchemaEditor *ProjectTools::schemaEditor() const
{
    return m_schemaEditor;
}

UsersDialog *ProjectTools::usersDialog() const
{
    return m_usersDialog;
}

void ProjectTools::retranslate()
{
    m_import->setText(tr("&Import Items…"));
    m_schema->setText(tr("&Schema…"));
    m_users->setText(tr("&Users…"));
    updateActions();
}

bool ProjectTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ProjectTools::updateActions()
{
    ProjectSession &session = m_window.session();
    const bool working = session.isOpen() && session.hasUser();
    const bool admin = working && session.user().hasRole(core::Role::Admin);
    m_import->setEnabled(admin);
    m_import->setToolTip(working && !admin ? tr("Only administrators can import items")
                                           : QString());
    m_schema->setEnabled(working);
    m_users->setEnabled(working);
}

void ProjectTools::restartQueue()
{
    if (!m_window.session().hasUser())
        return;
    if (const core::Status started = m_window.annotateView()->start(); !started.ok())
        m_window.statusBar()->showMessage(errorText(started.error()), 15000);
}

void ProjectTools::showImportWizard()
{
    if (m_importWizard || !m_import->isEnabled())
        return;
    m_importWizard = new ImportWizard(m_window.session(), &m_window);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    // The views take the new items in themselves (ProjectSession::itemsChanged).
    connect(m_importWizard, &ImportWizard::itemsImported, this, [this](qint64, qint64 count) {
        m_window.statusBar()->showMessage(
            tr("Imported %n item(s).", nullptr, static_cast<int>(count)), 10000);
    });
    m_importWizard->open();
}

void ProjectTools::showSchemaEditor()
{
    if (m_schemaEditor || !m_schema->isEnabled())
        return;
    m_schemaEditor = new SchemaEditor(m_window.session(), &m_window);
    m_schemaEditor->setAttribute(Qt::WA_DeleteOnClose);
    const bool editable = !m_schemaEditor->isReadOnly();
    // The annotate view holds on to the schema it shows; it lets go while the schema changes,
    // and starts again (with its draft) once the editor closes.
    if (editable)
        m_window.annotateView()->stop();
    connect(m_schemaEditor, &QDialog::finished, this, [this, editable] {
        if (editable)
            restartQueue();
    });
    m_schemaEditor->open();
}

void ProjectTools::showUsersDialog()
{
    if (m_usersDialog || !m_users->isEnabled())
        return;
    m_usersDialog = new UsersDialog(m_window.session(), &m_window);
    m_usersDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_usersDialog->open();
}

} // namespace assay::gui
