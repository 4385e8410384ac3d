#pragma once

#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;

namespace assay::gui {

/// The View ▸ Language menu: the system's language, 简体中文 or English. A choice takes
/// effect at once (the translations are swapped, and windows retranslate what they can)
/// and is remembered in the settings for the next start.
class LanguageMenu : public QObject
{
    Q_OBJECT

public:
    /// Builds the submenu into `parentMenu`.
    explicit LanguageMenu(QMenu *parentMenu, QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    /// Switches to `language` ("zh_CN", "en", or "" for the system's) and remembers it.
    void switchTo(const QString &language);

    /// The language chosen in the menu last time ("" when it follows the system).
    static QString savedLanguage();
    /// The language to start in: `commandLine` (from --lang) when given, else the saved one.
    static QString startupLanguage(const QString &commandLine);

signals:
    /// The interface is now in `language` ("zh_CN" or "en").
    void languageChanged(const QString &language);

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    QMenu *m_menu = nullptr;
    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
    QAction *m_chinese = nullptr;
    QAction *m_english = nullptr;
};

} // namespace assay::gui
