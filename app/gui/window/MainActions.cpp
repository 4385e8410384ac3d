#include "window/MainActions.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
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
    m_menus[MenuId::File] = addMenu(bar, QT_TR_NOOP("&File"));
    m_menus[MenuId::Edit] = addMenu(bar, QT_TR_NOOP("&Edit"));
    m_menus[MenuId::View] = addMenu(bar, QT_TR_NOOP("&View"));
    m_menus[MenuId::Annotate] = addMenu(bar, QT_TR_NOOP("&Annotate"));
    m_menus[MenuId::Project] = addMenu(bar, QT_TR_NOOP("&Project"));
    m_menus[MenuId::Help] = addMenu(bar, QT_TR_NOOP("&Help"));

    QMenu *file = m_menus[MenuId::File];
    file->addAction(make(ActionId::NewProject, QT_TR_NOOP("&New Project…"), QKeySequence::New));
    file->addAction(make(ActionId::OpenProject, QT_TR_NOOP("&Open Project…"), QKeySequence::Open));
    m_recent = addMenu(file, QT_TR_NOOP("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(
        make(ActionId::CloseProject, QT_TR_NOOP("&Close Project"), QKeySequence::Close));
    file->addSeparator();
    file->addAction(make(ActionId::SwitchUser, QT_TR_NOOP("Switch &User…"), QKeySequence()));
    file->addSeparator();
    file->addAction(make(ActionId::Quit, QT_TR_NOOP("&Quit"), QKeySequence::Quit));

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
    edit->addAction(
        make(ActionId::FindLabel, QT_TR_NOOP("&Find Label"), QKeySequence(tr("Ctrl+L"))));

    QMenu *view = m_menus[MenuId::View];
    auto *modes = new QActionGroup(this);
    QAction *annotate =
        make(ActionId::ShowAnnotate, QT_TR_NOOP("&Annotate"), QKeySequence(tr("Ctrl+1")));
    QAction *data = make(ActionId::ShowData, QT_TR_NOOP("&Data"), QKeySequence(tr("Ctrl+2")));
    QAction *model = make(ActionId::ShowModel, QT_TR_NOOP("&Model"), QKeySequence(tr("Ctrl+3")));
    for (QAction *mode : {annotate, data, model}) {
        mode->setCheckable(true);
        modes->addAction(mode);
        view->addAction(mode);
    }
    annotate->setChecked(true);
    view->addSeparator();
    QAction *zoomIn = make(ActionId::ZoomIn, QT_TR_NOOP("&Larger Text"), QKeySequence::ZoomIn);
    zoomIn->setShortcuts({QKeySequence(tr("Ctrl+=")), QKeySequence(tr("Ctrl++"))});
    view->addAction(zoomIn);
    view->addAction(
        make(ActionId::ZoomOut, QT_TR_NOOP("&Smaller Text"), QKeySequence(tr("Ctrl+-"))));
    view->addAction(
        make(ActionId::ZoomReset, QT_TR_NOOP("&Normal Size"), QKeySequence(tr("Ctrl+0"))));
    view->addSeparator();
    QAction *meta =
        make(ActionId::ShowMetadata, QT_TR_NOOP("Item &Details"), QKeySequence(tr("Ctrl+I")));
    meta->setCheckable(true);
    view->addAction(meta);

    QMenu *work = m_menus[MenuId::Annotate];
    QAction *submit =
        make(ActionId::Submit, QT_TR_NOOP("&Submit and Next"), QKeySequence(tr("Ctrl+Return")));
    submit->setShortcuts({QKeySequence(tr("Ctrl+Return")), QKeySequence(tr("Ctrl+Enter"))});
    work->addAction(submit);
    work->addAction(make(ActionId::Skip, QT_TR_NOOP("S&kip…"), QKeySequence(tr("Ctrl+K"))));
    work->addSeparator();
    work->addAction(make(ActionId::Back, QT_TR_NOOP("&Back"), QKeySequence(tr("Alt+Left"))));
    work->addAction(make(ActionId::Forward, QT_TR_NOOP("&Forward"), QKeySequence(tr("Alt+Right"))));
    work->addSeparator();
    work->addAction(
        make(ActionId::NextField, QT_TR_NOOP("&Next Field"), QKeySequence(tr("Ctrl+PgDown"))));
    work->addAction(make(ActionId::PreviousField, QT_TR_NOOP("&Previous Field"),
                         QKeySequence(tr("Ctrl+PgUp"))));
    work->addSeparator();
    QMenu *order = addMenu(work, QT_TR_NOOP("Queue &Order"));
    order->setObjectName(QStringLiteral("queueOrderMenu"));
    auto *orders = new QActionGroup(this);
    QAction *byImport =
        make(ActionId::QueueImportOrder, QT_TR_NOOP("&Import Order"), QKeySequence());
    QAction *leastCertain =
        make(ActionId::QueueLeastCertainFirst, QT_TR_NOOP("&Least Certain First"), QKeySequence());
    for (QAction *choice : {byImport, leastCertain}) {
        choice->setCheckable(true);
        orders->addAction(choice);
        order->addAction(choice);
    }
    byImport->setChecked(true);

    m_menus[MenuId::Help]->addAction(
        make(ActionId::About, QT_TR_NOOP("&About Assay"), QKeySequence()));
    updateMenuVisibility();
    window.installEventFilter(this);
}

QAction *MainActions::make(ActionId id, const char *text, const QKeySequence &shortcut)
{
    auto *action = new QAction(tr(text), this);
    m_texts.emplace_back(action, text);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_window.addAction(action);
    m_actions[id] = action;
    return action;
}

template <typename Parent> QMenu *MainActions::addMenu(Parent *parent, const char *title)
{
    QMenu *menu = parent->addMenu(tr(title));
    m_texts.emplace_back(menu->menuAction(), title);
    return menu;
}

void MainActions::retranslate()
{
    for (const auto &[action, text] : m_texts)
        action->setText(tr(text));
}

bool MainActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
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
