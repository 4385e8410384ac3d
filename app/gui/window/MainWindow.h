#pragma once

#include <QMainWindow>
#include <functional>

class QLabel;
class QToolBar;
class QStackedWidget;

namespace assay::core {
struct User;
}

namespace assay::gui {

class AnnotateView;
class DataView;
class MainActions;
class ModelView;
class ProjectSession;
class StartPage;

/// The application's window: the start page while no project is open, then the annotate
/// view, the data view and the model view. It opens and creates projects (menu, recent list,
/// command line, drag and drop), asks who is working, and keeps its size, layout and last
/// project in the settings. Other dialogs hook in through actions() and session().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The open project and user, the menus, and the two views: where other dialogs hook in.
    ProjectSession &session() { return *m_session; }
    MainActions &actions() { return *m_actions; }
    AnnotateView *annotateView() const { return m_annotate; }
    DataView *dataView() const { return m_data; }
    ModelView *modelView() const { return m_model; }

    /// Opens the project at `path` and asks who is working; `userName` picks the user
    /// without asking when they have no password. False (after telling the user why)
    /// when the project could not be opened or nobody was chosen.
    bool openProject(const QString &path, const QString &userName = {});
    /// Creates a project at `path` and asks for its first user. False when it failed.
    bool createProject(const QString &path, const QString &userName = {});
    /// Closes the project; the next start will not reopen it.
    void closeProject();
    /// Asks who is working (or takes `userName`), then starts their queue.
    bool chooseUser(const QString &userName = {});

    /// Restores the window's geometry and layout from the settings.
    void restoreSettings();
    /// Reopens the project that was open when the window last closed, if there was one.
    bool reopenLastProject(const QString &userName = {});

    /// Where work stands, so that a window built anew (in another language) can go on:
    /// the open project, the user who was verified for it, and the view on screen.
    struct Resumption {
        QString projectPath;
        QString userName;
        int page = 0;
    };
    Resumption resumption() const;
    /// Saves the layout and closes the project, keeping the window open (closing it does
    /// the same).
    void release();
    /// Goes on from `where`: opens its project as its user without asking again.
    void resume(const Resumption &where);
    /// The interface language changed: asks for a window built anew in it (rebuildRequested)
    /// unless work runs that a rebuild would stop; then only the menus change until the next
    /// start, and the status bar says so.
    void languageChanged();

    /// Receives error messages instead of a message box (tests use it to stay unblocked).
    using ErrorHandler = std::function<void(const QString &title, const QString &message)>;
    void setErrorHandler(ErrorHandler handler) { m_errorHandler = std::move(handler); }

public slots:
    /// Switches to the annotate, the data or the model view.
    void showAnnotate();
    void showData();
    void showModel();
    /// Asks for a file, then creates or opens that project.
    void newProjectDialog();
    void openProjectDialog();

signals:
    /// The window should be replaced by one built in the current language (see resume()).
    void rebuildRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void projectOpened();
    void projectClosed();
    void updateTitle();
    void updateActions();
    void rebuildRecentMenu();
    void saveSettings();
    bool startAs(const core::User &user);
    void showError(const QString &title, const QString &message);

    ProjectSession *m_session = nullptr;
    MainActions *m_actions = nullptr;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_start = nullptr;
    AnnotateView *m_annotate = nullptr;
    DataView *m_data = nullptr;
    ModelView *m_model = nullptr;
    QLabel *m_who = nullptr;
    QToolBar *m_modeBar = nullptr;
    ErrorHandler m_errorHandler;
};

} // namespace assay::gui
