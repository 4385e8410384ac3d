#pragma once

#include <memory>

namespace assay::gui {

class MainWindow;

/// Owns the application's main window. When the interface language changes, it builds the
/// window anew in that language, and the new window goes on where the old one was: the same
/// project, user and view. Nothing typed is lost, as unsubmitted answers are drafts in the
/// project.
class MainWindowHost
{
public:
    MainWindowHost();
    ~MainWindowHost();
    MainWindowHost(const MainWindowHost &) = delete;
    MainWindowHost &operator=(const MainWindowHost &) = delete;

    /// Builds and shows a window with the saved layout; it replaces any window before.
    MainWindow &build();
    /// The window on screen (null before build()).
    MainWindow *window() const { return m_window.get(); }

private:
    void rebuild();

    std::unique_ptr<MainWindow> m_window;
};

} // namespace assay::gui
