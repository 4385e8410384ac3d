#include "window/StartupOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace assay::gui {

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    StartupOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "assay::gui::StartupOptions", "Assay: label text with people and a model."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption user(
        QStringLiteral("user"),
        QCoreApplication::translate("assay::gui::StartupOptions",
                                    "Work as user NAME without being asked (when the user has no "
                                    "password)."),
        QStringLiteral("NAME"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("assay::gui::StartupOptions",
                                    "The language of the interface: zh_CN or en."),
        QStringLiteral("LANG"));
    parser.addOption(user);
    parser.addOption(language);
    parser.addPositionalArgument(
        QStringLiteral("project"),
        QCoreApplication::translate("assay::gui::StartupOptions", "A project file to open."),
        QStringLiteral("[project.assay]"));
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.helpShown = true;
        // Without an application object yet, Qt cannot name the program itself.
        options.error = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                  arguments.isEmpty()
                                                      ? QStringLiteral("assay-desktop")
                                                      : QFileInfo(arguments.front()).fileName());
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        options.error = QCoreApplication::translate("assay::gui::StartupOptions",
                                                    "Give at most one project file.");
        return options;
    }
    if (!positional.isEmpty())
        options.projectPath = positional.front();
    options.userName = parser.value(user);
    options.language = parser.value(language);
    if (!options.language.isEmpty() && options.language != QStringLiteral("en") &&
        options.language != QStringLiteral("zh_CN")) {
        options.error = QCoreApplication::translate("assay::gui::StartupOptions",
                                                    "Unknown language '%1': use zh_CN or en.")
                            .arg(options.language);
    }
    return options;
}

} // namespace assay::gui
