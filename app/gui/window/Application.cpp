#include "window/Application.h"

#include "language/LanguageMenu.h"
#include "window/MainWindow.h"
#include "window/MainWindowHost.h"
#include "window/StartupOptions.h"
#include "window/Translations.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>
#include <cstdio>

namespace assay::gui {
namespace {

constexpr const char *kStyleSheet = R"css(
QLabel#sectionCaption { color: #5f6368; font-weight: 600; }
QLabel#hintText { color: #6b7280; }
QLabel#startTitle { font-size: 30pt; font-weight: 300; color: #1a73e8; }
QPushButton#newProjectButton, QPushButton#openProjectButton { padding: 7px 16px; }
QListWidget#recentList { border: 1px solid #e3e6ea; border-radius: 6px; background: white; }
QLabel#emptyQueueMessage { color: #5f6368; font-size: 14pt; }
QLabel#revisitBadge { color: #8e24aa; }
QLabel#whoLabel { color: #444b55; padding-right: 8px; }
QWidget#queueHeader { background: #f8f9fb; border-bottom: 1px solid #e3e6ea; }
QWidget#actionBar { border-top: 1px solid #e3e6ea; }
QWidget#fieldPanel { background: #fbfcfd; }
QLineEdit#labelSearch { padding: 6px 8px; border: 1px solid #c4c9d0; border-radius: 6px;
                        font-size: 11pt; background: white; }
QLineEdit#labelSearch:focus { border: 2px solid #1a73e8; padding: 5px 7px; }
QPushButton#submitButton { background: #1a73e8; color: white; border: none; border-radius: 6px;
                           padding: 7px 18px; font-weight: 600; }
QPushButton#submitButton:hover { background: #1765cc; }
QPushButton#submitButton:disabled { background: #a8c7fa; }
QProgressBar#projectProgress { border: none; background: #e3e6ea; border-radius: 4px; }
QProgressBar#projectProgress::chunk { background: #34a853; border-radius: 4px; }
QListView#labelResults, QTreeView#labelTree { border: 1px solid #e3e6ea; border-radius: 6px;
                                              background: white; }
QTextBrowser#labelInfo { background: #f8f9fb; border-radius: 6px; }
QTextEdit#itemText { background: white; }
QTabBar#fieldTabs::tab { padding: 6px 14px; }
)css";

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf8, 0xf9, 0xfb));
    palette.setColor(QPalette::Text, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::Button, QColor(0xf8, 0xf9, 0xfa));
    palette.setColor(QPalette::ButtonText, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::Highlight, QColor(0xd3, 0xe3, 0xfd));
    palette.setColor(QPalette::HighlightedText, QColor(0x20, 0x21, 0x24));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x40, 0x43));
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8b));
    palette.setColor(QPalette::Link, QColor(0x1a, 0x73, 0xe8));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa0, 0xa6));
    return palette;
}

} // namespace

void configureApplication(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Assay"));
    QApplication::setApplicationName(QStringLiteral("Assay"));
    QApplication::setApplicationDisplayName(QStringLiteral("Assay"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(lightPalette());
    // Simplified Chinese glyphs first: left to itself fontconfig may pick Japanese forms.
    QFont font(QStringList{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans"),
                           QStringLiteral("DejaVu Sans")},
               10);
    QApplication::setFont(font);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

int runDesktop(int argc, char **argv)
{
    // The command line is read first, so that --help and mistakes need no display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const StartupOptions options = StartupOptions::parse(arguments);
    if (!options.error.isEmpty()) {
        std::fprintf(options.helpShown ? stdout : stderr, "%s\n", qPrintable(options.error));
        return options.helpShown ? 0 : 2;
    }
    QApplication app(argc, argv);
    configureApplication(app);
    installTranslations(LanguageMenu::startupLanguage(options.language));

    MainWindowHost host;
    MainWindow &window = host.build();
    if (!options.projectPath.isEmpty())
        window.openProject(options.projectPath, options.userName);
    else
        window.reopenLastProject(options.userName);
    return QApplication::exec();
}

} // namespace assay::gui
