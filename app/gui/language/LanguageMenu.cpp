#include "language/LanguageMenu.h"

#include "window/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QSettings>

namespace assay::gui {
namespace {

const QString kSettingsKey = QStringLiteral("language");

} // namespace

LanguageMenu::LanguageMenu(QMenu *parentMenu, QObject *parent)
    : QObject(parent)
{
    m_menu = parentMenu->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("languageMenu"));
    m_group = new QActionGroup(this);
    m_system = m_menu->addAction(QString());
    m_system->setObjectName(QStringLiteral("languageSystemAction"));
    m_menu->addSeparator();
    // Each language is named in itself, so that anyone can find their own.
    m_chinese = m_menu->addAction(QStringLiteral("简体中文"));
    m_chinese->setObjectName(QStringLiteral("languageChineseAction"));
    m_english = m_menu->addAction(QStringLiteral("English"));
    m_english->setObjectName(QStringLiteral("languageEnglishAction"));
    for (QAction *action : {m_system, m_chinese, m_english}) {
        action->setCheckable(true);
        m_group->addAction(action);
    }
    const QString saved = savedLanguage();
    (saved == QStringLiteral("zh_CN") ? m_chinese
     : saved == QStringLiteral("en")  ? m_english
                                      : m_system)
        ->setChecked(true);
    connect(m_system, &QAction::triggered, this, [this] { switchTo(QString()); });
    connect(m_chinese, &QAction::triggered, this, [this] { switchTo(QStringLiteral("zh_CN")); });
    connect(m_english, &QAction::triggered, this, [this] { switchTo(QStringLiteral("en")); });
    m_menu->installEventFilter(this);
    retranslate();
}

QString LanguageMenu::savedLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    return saved == QStringLiteral("zh_CN") || saved == QStringLiteral("en") ? saved : QString();
}

QString LanguageMenu::startupLanguage(const QString &commandLine)
{
    return commandLine.isEmpty() ? savedLanguage() : commandLine;
}

void LanguageMenu::switchTo(const QString &language)
{
    QSettings().setValue(kSettingsKey, language);
    (language == QStringLiteral("zh_CN") ? m_chinese
     : language == QStringLiteral("en")  ? m_english
                                         : m_system)
        ->setChecked(true);
    const QString used = installTranslations(language);
    emit languageChanged(used);
}

void LanguageMenu::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    m_system->setText(tr("&System Language"));
}

bool LanguageMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace assay::gui
