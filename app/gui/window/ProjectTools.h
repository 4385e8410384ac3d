#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace assay::gui {

class ImportWizard;
class LanguageMenu;
class MainWindow;
class SchemaEditor;
class UsersDialog;

/// The main window's tools for the people who run a project: Project ▸ Import Items…,
/// Schema…, Users…, and View ▸ Language. Importing and changing the schema take an
/// administrator; everyone may look at the schema and the users. The dialogs open
/// window-modal without blocking (open(), not exec()), so tests can drive them; the views
/// refresh when they close.
class ProjectTools : public QObject
{
    Q_OBJECT

public:
    explicit ProjectTools(MainWindow &window);
    ~ProjectTools() override;

    QAction *importAction() const { return m_import; }
    QAction *schemaAction() const { return m_schema; }
    QAction *usersAction() const { return m_users; }
    LanguageMenu *languageMenu() const { return m_language; }

    /// The dialog opened last, while it is open (else nullptr).
    ImportWizard *importWizard() const;
    SchemaEditor *schemaEditor() const;
    UsersDialog *usersDialog() const;

public slots:
    void showImportWizard();
    void showSchemaEditor();
    void showUsersDialog();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();
    void retranslate();
    void restartQueue();

    MainWindow &m_window;
    QAction *m_import = nullptr;
    QAction *m_schema = nullptr;
    QAction *m_users = nullptr;
    LanguageMenu *m_language = nullptr;
    QPointer<ImportWizard> m_importWizard;
    QPointer<SchemaEditor> m_schemaEditor;
    QPointer<UsersDialog> m_usersDialog;
};

} // namespace assay::gui
