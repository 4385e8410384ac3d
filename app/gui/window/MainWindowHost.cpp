#include "window/MainWindowHost.h"

#include "window/MainWindow.h"

#include <QTimer>

namespace assay::gui {

MainWindowHost::MainWindowHost() = default;

MainWindowHost::~MainWindowHost() = default;

MainWindow &MainWindowHost::build()
{
    std::unique_ptr<MainWindow> old = std::move(m_window);
    m_window = std::make_unique<MainWindow>();
    m_window->restoreSettings();
    // Rebuilt from the event loop, not from inside the old window's menu handler.
    QObject::connect(m_window.get(), &MainWindow::rebuildRequested, m_window.get(),
                     [this] { QTimer::singleShot(0, [this] { rebuild(); }); });
    m_window->show();
    // The new window shows before the old one goes, so the application is never left
    // without a window (which would quit it).
    if (old)
        old->hide();
    return *m_window;
}

void MainWindowHost::rebuild()
{
    const MainWindow::Resumption where = m_window->resumption();
    m_window->release();
    build().resume(where);
}

} // namespace assay::gui
