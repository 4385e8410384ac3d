#pragma once

#include <QString>
#include <QStringList>

namespace assay::gui {

/// What `assay-desktop` was asked to do on its command line.
struct StartupOptions {
    QString projectPath; ///< a project to open, or empty
    QString userName;    ///< --user: who is working, so that no one is asked
    QString language;    ///< --lang: "zh_CN" or "en"; empty follows the system
    QString error;       ///< set when the command line is wrong
    bool helpShown = false;

    /// Parses `arguments` (the program name first), as QCommandLineParser does.
    static StartupOptions parse(const QStringList &arguments);
};

} // namespace assay::gui
