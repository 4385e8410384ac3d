#include "window/MainWindow.h"

#include "annotate/AnnotateView.h"
#include "data/DataView.h"
#include "model/ModelView.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"
#include "project/RecentProjects.h"
#include "project/UserChooserDialog.h"
#include "window/MainActions.h"
#include "window/ProjectTools.h"
#include "window/StartPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace assay::gui {
namespace {

constexpr const char *kProjectFilter =
    QT_TRANSLATE_NOOP("assay::gui::MainWindow", "Assay projects (*.assay)");

bool isProjectFile(const QString &path)
{
    return path.endsWith(QStringLiteral(".assay"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_pages = new QStackedWidget(this);
    m_start = new StartPage(m_pages);
    m_annotate = new AnnotateView(*m_session, m_pages);
    m_data = new DataView(*m_session, m_pages);
    m_model = new ModelView(*m_session, m_pages);
    m_pages->addWidget(m_start);
    m_pages->addWidget(m_annotate);
    m_pages->addWidget(m_data);
    m_pages->addWidget(m_model);
    setCentralWidget(m_pages);

    m_actions = new MainActions(*this, m_annotate->undoStack());
    auto *modeBar = m_modeBar = addToolBar(tr("Views"));
    modeBar->setObjectName(QStringLiteral("viewToolBar"));
    modeBar->setMovable(false);
    modeBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    modeBar->addAction(m_actions->action(ActionId::ShowAnnotate));
    modeBar->addAction(m_actions->action(ActionId::ShowData));
    modeBar->addAction(m_actions->action(ActionId::ShowModel));
    auto *spacer = new QWidget(modeBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    modeBar->addWidget(spacer);
    m_who = new QLabel(modeBar);
    m_who->setObjectName(QStringLiteral("whoLabel"));
    modeBar->addWidget(m_who);
    statusBar()->setSizeGripEnabled(true);

    connectActions();
    new ProjectTools(*this);
    connect(m_session, &ProjectSession::projectOpened, this, &MainWindow::projectOpened);
    connect(m_session, &ProjectSession::projectClosed, this, &MainWindow::projectClosed);
    connect(&m_annotate->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_annotate, &AnnotateView::navigationChanged, this, &MainWindow::updateActions);
    connect(m_start, &StartPage::newProjectRequested, this, &MainWindow::newProjectDialog);
    connect(m_start, &StartPage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_start, &StartPage::recentProjectChosen, this,
            [this](const QString &path) { openProject(path); });
    rebuildRecentMenu();
    projectClosed();
    resize(1280, 820);
}

MainWindow::~MainWindow()
{
    // The views hold on to the session's project: let them go before it closes.
    m_annotate->stop();
    m_data->projectClosed();
    m_session->close();
}

void MainWindow::connectActions()
{
    MainActions &a = *m_actions;
    connect(a.action(ActionId::NewProject), &QAction::triggered, this,
            &MainWindow::newProjectDialog);
    connect(a.action(ActionId::OpenProject), &QAction::triggered, this,
            &MainWindow::openProjectDialog);
    connect(a.action(ActionId::CloseProject), &QAction::triggered, this, &MainWindow::closeProject);
    connect(a.action(ActionId::SwitchUser), &QAction::triggered, this, [this] { chooseUser(); });
    connect(a.action(ActionId::Quit), &QAction::triggered, this, &MainWindow::close);
    connect(a.action(ActionId::ShowAnnotate), &QAction::triggered, this, &MainWindow::showAnnotate);
    connect(a.action(ActionId::ShowData), &QAction::triggered, this, &MainWindow::showData);
    connect(a.action(ActionId::ShowModel), &QAction::triggered, this, &MainWindow::showModel);
    connect(a.action(ActionId::QueueImportOrder), &QAction::triggered, this,
            [this] { m_annotate->setQueueOrder(core::QueueOrder::ById); });
    connect(a.action(ActionId::QueueLeastCertainFirst), &QAction::triggered, this,
            [this] { m_annotate->setQueueOrder(core::QueueOrder::LeastCertainFirst); });
    connect(a.action(ActionId::ZoomIn), &QAction::triggered, m_annotate, &AnnotateView::zoomIn);
    connect(a.action(ActionId::ZoomOut), &QAction::triggered, m_annotate, &AnnotateView::zoomOut);
    connect(a.action(ActionId::ZoomReset), &QAction::triggered, m_annotate,
            &AnnotateView::zoomReset);
    connect(a.action(ActionId::ShowMetadata), &QAction::toggled, m_annotate,
            &AnnotateView::setMetadataVisible);
    connect(a.action(ActionId::Submit), &QAction::triggered, m_annotate, &AnnotateView::submit);
    connect(a.action(ActionId::Skip), &QAction::triggered, m_annotate, &AnnotateView::skip);
    connect(a.action(ActionId::Back), &QAction::triggered, m_annotate, &AnnotateView::back);
    connect(a.action(ActionId::Forward), &QAction::triggered, m_annotate, &AnnotateView::forward);
    connect(a.action(ActionId::NextField), &QAction::triggered, m_annotate,
            &AnnotateView::nextField);
    connect(a.action(ActionId::PreviousField), &QAction::triggered, m_annotate,
            &AnnotateView::previousField);
    connect(a.action(ActionId::FindLabel), &QAction::triggered, m_annotate,
            &AnnotateView::focusSearch);
    connect(a.action(ActionId::About), &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Assay"),
                           tr("<b>Assay %1</b><p>Label text with people and a model working "
                              "together, review it, and export a dataset you can trust.</p>")
                               .arg(QStringLiteral(ASSAY_VERSION)));
    });
}

bool MainWindow::openProject(const QString &path, const QString &userName)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto opened = m_session->open(absolute); !opened.ok()) {
        showError(tr("Cannot Open Project"), errorText(opened.error()));
        if (opened.error().code == core::ErrorCode::NotFound)
            RecentProjects::remove(absolute);
        rebuildRecentMenu();
        m_start->refresh();
        return false;
    }
    RecentProjects::add(absolute);
    rebuildRecentMenu();
    return chooseUser(userName);
}

bool MainWindow::createProject(const QString &path, const QString &userName)
{
    QString target = QFileInfo(path).absoluteFilePath();
    if (!isProjectFile(target))
        target += QStringLiteral(".assay");
    if (auto created = m_session->create(target, QFileInfo(target).completeBaseName());
        !created.ok()) {
        showError(tr("Cannot Create Project"), errorText(created.error()));
        return false;
    }
    RecentProjects::add(target);
    rebuildRecentMenu();
    return chooseUser(userName);
}

void MainWindow::closeProject()
{
    saveSettings();
    m_annotate->stop();
    m_session->close();
    QSettings().remove(QStringLiteral("lastProject"));
}

bool MainWindow::chooseUser(const QString &userName)
{
    if (!m_session->isOpen())
        return false;
    std::optional<core::User> chosen;
    if (!userName.isEmpty()) {
        if (auto user = m_session->project().users().byName(stdstr(userName));
            user.ok() && !user->hasPassword && user->active)
            chosen = *user;
    }
    if (!chosen) {
        QString preferred = userName;
        if (preferred.isEmpty())
            preferred = QSettings().value(QStringLiteral("lastUser")).toString();
        UserChooserDialog dialog(*m_session, preferred, this);
        if (dialog.exec() != QDialog::Accepted || !dialog.chosenUser()) {
            if (!m_session->hasUser())
                closeProject();
            return false;
        }
        chosen = dialog.chosenUser();
        activateWindow(); // the keyboard belongs to the queue, not to where the dialog was
    }
    return startAs(*chosen);
}

bool MainWindow::startAs(const core::User &user)
{
    m_annotate->stop();
    m_session->setUser(user);
    QSettings().setValue(QStringLiteral("lastUser"), qstr(user.name));
    updateTitle();
    const core::Status started = m_annotate->start();
    if (!started.ok())
        showError(tr("Cannot Start the Queue"), errorText(started.error()));
    m_data->projectOpened();
    showAnnotate();
    updateActions();
    return started.ok();
}

void MainWindow::release()
{
    // Unsubmitted edits are already kept as a draft in the project: nothing to ask.
    saveSettings();
    m_annotate->stop();
    m_session->close();
}

MainWindow::Resumption MainWindow::resumption() const
{
    Resumption where;
    if (m_session->isOpen()) {
        where.projectPath = m_session->path();
        if (m_session->hasUser())
            where.userName = qstr(m_session->user().name);
    }
    where.page = m_pages->currentIndex();
    return where;
}

void MainWindow::resume(const Resumption &where)
{
    if (where.projectPath.isEmpty())
        return;
    if (auto opened = m_session->open(where.projectPath); !opened.ok()) {
        showError(tr("Cannot Open Project"), errorText(opened.error()));
        return;
    }
    auto user = m_session->project().users().byName(stdstr(where.userName));
    if (!user.ok() || !user->active) {
        chooseUser();
        return;
    }
    if (!startAs(*user))
        return;
    if (where.page == m_pages->indexOf(m_data))
        showData();
    else if (where.page == m_pages->indexOf(m_model))
        showModel();
}

void MainWindow::languageChanged()
{
    if (m_model->isBusy()) {
        statusBar()->showMessage(tr("The menus use the new language now; the rest of the "
                                    "window follows when the model's work has finished and "
                                    "Assay starts again."),
                                 15000);
        return;
    }
    emit rebuildRequested();
}

void MainWindow::projectOpened()
{
    m_pages->setCurrentWidget(m_annotate);
    updateTitle();
    updateActions();
}

void MainWindow::projectClosed()
{
    m_data->projectClosed();
    m_start->refresh();
    m_pages->setCurrentWidget(m_start);
    updateTitle();
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_session->isOpen()) {
        setWindowTitle(QStringLiteral("Assay"));
        m_who->clear();
        return;
    }
    setWindowTitle(tr("%1[*] — Assay").arg(m_session->projectName()));
    m_who->setText(m_session->hasUser() ? tr("%1  ·  %2")
                                              .arg(m_session->projectName(),
                                                   qstr(m_session->user().displayName.empty()
                                                            ? m_session->user().name
                                                            : m_session->user().displayName))
                                        : m_session->projectName());
}

void MainWindow::updateActions()
{
    MainActions &a = *m_actions;
    const bool open = m_session->isOpen() && m_session->hasUser();
    const bool annotating = open && m_pages->currentWidget() == m_annotate;
    const bool hasItem = annotating && m_annotate->flow().hasItem();
    m_modeBar->setVisible(open);
    a.action(ActionId::CloseProject)->setEnabled(m_session->isOpen());
    a.action(ActionId::SwitchUser)->setEnabled(m_session->isOpen());
    a.action(ActionId::ShowAnnotate)->setEnabled(open);
    a.action(ActionId::ShowData)->setEnabled(open);
    a.action(ActionId::ShowModel)->setEnabled(open);
    for (ActionId id : {ActionId::Submit, ActionId::Skip, ActionId::NextField,
                        ActionId::PreviousField, ActionId::FindLabel, ActionId::ShowMetadata})
        a.action(id)->setEnabled(hasItem);
    a.action(ActionId::Back)->setEnabled(annotating && m_annotate->flow().canGoBack());
    a.action(ActionId::Forward)->setEnabled(annotating && m_annotate->flow().isRevisiting());
    for (ActionId id : {ActionId::ZoomIn, ActionId::ZoomOut, ActionId::ZoomReset})
        a.action(id)->setEnabled(annotating);
}

void MainWindow::showAnnotate()
{
    if (!m_session->hasUser())
        return;
    m_actions->action(ActionId::ShowAnnotate)->setChecked(true);
    m_pages->setCurrentWidget(m_annotate);
    updateActions();
    m_annotate->setActiveField(m_annotate->activeField());
}

void MainWindow::showData()
{
    if (!m_session->hasUser())
        return;
    m_actions->action(ActionId::ShowData)->setChecked(true);
    m_pages->setCurrentWidget(m_data);
    m_data->activate();
    updateActions();
}

void MainWindow::showModel()
{
    if (!m_session->hasUser())
        return;
    m_actions->action(ActionId::ShowModel)->setChecked(true);
    m_pages->setCurrentWidget(m_model);
    m_model->activate();
    m_model->versionTable()->setFocus(Qt::OtherFocusReason); // the keyboard comes along
    updateActions();
}

void MainWindow::newProjectDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), QString(), tr(kProjectFilter));
    if (!path.isEmpty())
        createProject(path);
}

void MainWindow::openProjectDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), tr(kProjectFilter));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_actions->recentMenu();
    menu->clear();
    for (const QString &path : RecentProjects::list()) {
        QAction *entry = menu->addAction(QFileInfo(path).fileName());
        entry->setToolTip(path);
        entry->setStatusTip(path);
        connect(entry, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("Clear List"));
    clear->setEnabled(!RecentProjects::list().isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentProjects::clear();
        rebuildRecentMenu();
        m_start->refresh();
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (auto *splitter = m_annotate->findChild<QSplitter *>(QStringLiteral("annotateSplitter")))
        splitter->restoreState(
            settings.value(QStringLiteral("window/annotateSplitter")).toByteArray());
    m_actions->action(ActionId::ShowMetadata)
        ->setChecked(settings.value(QStringLiteral("window/showMetadata"), false).toBool());
    if (settings.value(QStringLiteral("annotate/leastCertainFirst"), false).toBool()) {
        m_actions->action(ActionId::QueueLeastCertainFirst)->setChecked(true);
        m_annotate->setQueueOrder(core::QueueOrder::LeastCertainFirst);
    }
}

bool MainWindow::reopenLastProject(const QString &userName)
{
    const QString last = QSettings().value(QStringLiteral("lastProject")).toString();
    if (last.isEmpty() || !QFileInfo::exists(last))
        return false;
    return openProject(last, userName);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (auto *splitter = m_annotate->findChild<QSplitter *>(QStringLiteral("annotateSplitter")))
        settings.setValue(QStringLiteral("window/annotateSplitter"), splitter->saveState());
    settings.setValue(QStringLiteral("window/showMetadata"), m_annotate->isMetadataVisible());
    settings.setValue(QStringLiteral("annotate/leastCertainFirst"),
                      m_actions->action(ActionId::QueueLeastCertainFirst)->isChecked());
    settings.setValue(QStringLiteral("lastProject"), m_session->path());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    release();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile() && isProjectFile(urls.front().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.front().toLocalFile();
    // Open after the drop has finished, so that the dialogs that follow are not nested in it.
    QMetaObject::invokeMethod(
        this, [this, path] { openProject(path); }, Qt::QueuedConnection);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (m_errorHandler) {
        m_errorHandler(title, message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorBox"));
    box.exec();
}

} // namespace assay::gui
