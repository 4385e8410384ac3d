#pragma once

#include <QObject>
#include <map>
#include <utility>
#include <vector>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace assay::gui {

/// The main window's menus.
enum class MenuId { File, Edit, View, Annotate, Project, Help };

/// Every command of the main window, by name.
enum class ActionId {
    NewProject,
    OpenProject,
    CloseProject,
    SwitchUser,
    Quit,
    Undo,
    Redo,
    ShowAnnotate,
    ShowData,
    ShowModel,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    ShowMetadata,
    Submit,
    Skip,
    Back,
    Forward,
    NextField,
    PreviousField,
    QueueImportOrder,
    QueueLeastCertainFirst,
    FindLabel,
    About,
};

/// The main window's menus and actions with their shortcuts. Dialogs built elsewhere (the
/// import wizard, the schema editor, the users dialog) add their actions to a menu here;
/// menus without actions stay hidden.
class MainActions : public QObject
{
    Q_OBJECT

public:
    /// Builds the menus in `window`'s menu bar; undo and redo follow `undoStack`.
    MainActions(QMainWindow &window, QUndoStack &undoStack);

    /// The action or menu by its id.
    QAction *action(ActionId id) const { return m_actions.at(id); }
    QMenu *menu(MenuId id) const { return m_menus.at(id); }
    /// The File ▸ Open Recent submenu, rebuilt by the window from the recent projects.
    QMenu *recentMenu() const { return m_recent; }
    /// Adds `action` at the end of `menu`, and shows the menu.
    void addToMenu(MenuId menu, QAction *action);
    /// Hides menus that hold no actions.
    void updateMenuVisibility();
    /// Gives menus and actions their texts in the current language (done by itself when the
    /// language changes).
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// An action with the untranslated `text` (marked with QT_TR_NOOP).
    QAction *make(ActionId id, const char *text, const QKeySequence &shortcut);
    template <typename Parent> QMenu *addMenu(Parent *parent, const char *title);

    QMainWindow &m_window;
    std::map<ActionId, QAction *> m_actions;
    std::map<MenuId, QMenu *> m_menus;
    QMenu *m_recent = nullptr;
    std::vector<std::pair<QAction *, const char *>> m_texts; ///< for retranslate()
};

} // namespace assay::gui
