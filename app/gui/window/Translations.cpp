#include "window/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace assay::gui {
namespace {

QTranslator *g_assay = nullptr;
QTranslator *g_qt = nullptr;

void replace(QTranslator *&slot, QTranslator *next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (slot)
        QCoreApplication::installTranslator(slot);
}

} // namespace

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString used = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    if (!chinese) {
        replace(g_qt, nullptr);
        // English is the source language; its catalogue holds only the plural forms.
        auto *english = new QTranslator;
        if (english->load(QStringLiteral(":/i18n/assay_en.qm"))) {
            replace(g_assay, english);
        } else {
            delete english;
            replace(g_assay, nullptr);
        }
        return used;
    }
    auto *qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_zh_CN"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        replace(g_qt, qt);
    else
        delete qt;
    // The application's catalogue is compiled in as a resource, or lies beside the program.
    auto *assay = new QTranslator;
    if (assay->load(QStringLiteral(":/i18n/assay_zh_CN.qm")) ||
        assay->load(QStringLiteral("assay_zh_CN"), QCoreApplication::applicationDirPath()))
        replace(g_assay, assay);
    else
        delete assay;
    return used;
}

} // namespace assay::gui
