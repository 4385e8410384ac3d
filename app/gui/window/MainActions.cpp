#include "window/MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace assay::gui {

MainActions::MainActions(QMainWindow &window, QUndoStack &undoStack)
    : QObject(&window)
    , m_window(window)
{
    QMenuBar *bar = window.menuBar();
    m_menus[MenuId::File] = bar->addMenu(tr("&File"));
    m_menus[MenuId::Edit] = bar->addMenu(tr("&Edit"));
    m_menus[MenuId::View] = bar->addMenu(tr("&View"));
    m_menus[MenuId::Annotate] = bar->addMenu(tr("&Annotate"));
    m_menus[MenuId::Project] = bar->addMenu(tr("&Project"));
    m_menus[MenuId::Help] = bar->addMenu(tr("&Help"));

    QMenu *file = m_menus[MenuId::File];
    file->addAction(make(ActionId::NewProject, tr("&New Project…"), QKeySequence::New));
    file->addAction(make(ActionId::OpenProject, tr("&Open Project…"), QKeySequence::Open));
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(make(ActionId::CloseProject, tr("&Close Project"), QKeySequence::Close));
    file->addSeparator();
    file->addAction(make(ActionId::SwitchUser, tr("Switch &User…"), QKeySequence()));
    file->addSeparator();
    file->addAction(make(ActionId::Quit, tr("&Quit"), QKeySequence::Quit));

    QMenu *edit = m_menus[MenuId::Edit];
    QAction *undo = undoStack.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = undoStack.createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    m_actions[ActionId::Undo] = undo;
    m_actions[ActionId::Redo] = redo;
    window.addAction(undo);
    window.addAction(redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(make(ActionId::FindLabel, tr("&Find Label"), QKeySequence(tr("Ctrl+L"))));

    QMenu *view = m_menus[MenuId::View];
    auto *modes = new QActionGroup(this);
    QAction *annotate = make(ActionId::ShowAnnotate, tr("&Annotate"), QKeySequence(tr("Ctrl+1")));
    QAction *data = make(ActionId::ShowData, tr("&Data"), QKeySequence(tr("Ctrl+2")));
    for (QAction *mode : {annotate, data}) {
        mode->setCheckable(true);
        modes->addAction(mode);
        view->addAction(mode);
    }
    annotate->setChecked(true);
    view->addSeparator();
    QAction *zoomIn = make(ActionId::ZoomIn, tr("&Larger Text"), QKeySequence::ZoomIn);
    zoomIn->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence(tr("Ctrl++"))});
    view->addAction(zoomIn);
    view->addAction(make(ActionId::ZoomOut, tr("&Smaller Text"), QKeySequence(tr("Ctrl+-"))));
    view->addAction(make(ActionId::ZoomReset, tr("&Normal Size"), QKeySequence(tr("Ctrl+0"))));
    view->addSeparator();
    QAction *meta = make(ActionId::ShowMetadata, tr("Item &Details"), QKeySequence(tr("Ctrl+I")));
    meta->setCheckable(true);
    view->addAction(meta);

    QMenu *work = m_menus[MenuId::Annotate];
    QAction *submit =
        make(ActionId::Submit, tr("&Submit and Next"), QKeySequence(tr("Ctrl+Return")));
    submit->setShortcuts({QKeySequence(tr("Ctrl+Return")), QKeySequence(tr("Ctrl+Enter"))});
    work->addAction(submit);
    work->addAction(make(ActionId::Skip, tr("S&kip…"), QKeySequence(tr("Ctrl+K"))));
    work->addSeparator();
    work->addAction(make(ActionId::Back, tr("&Back"), QKeySequence(tr("Alt+Left"))));
    work->addAction(make(ActionId::Forward, tr("&Forward"), QKeySequence(tr("Alt+Right"))));
    work->addSeparator();
    work->addAction(make(ActionId::NextField, tr("&Next Field"), QKeySequence(tr("Ctrl+PgDown"))));
    work->addAction(
        make(ActionId::PreviousField, tr("&Previous Field"), QKeySequence(tr("Ctrl+PgUp"))));

    m_menus[MenuId::Help]->addAction(make(ActionId::About, tr("&About Assay"), QKeySequence()));
    updateMenuVisibility();
}

QAction *MainActions::make(ActionId id, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_window.addAction(action);
    m_actions[id] = action;
    return action;
}

void MainActions::addToMenu(MenuId menu, QAction *action)
{
    m_menus.at(menu)->addAction(action);
    updateMenuVisibility();
}

void MainActions::updateMenuVisibility()
{
    for (const auto &[id, menu] : m_menus)
        menu->menuAction()->setVisible(!menu->actions().isEmpty());
}

} // namespace assay::gui
