#pragma once

#include <QString>

namespace assay::gui {

/// Loads the interface's translation for `language` ("zh_CN", "en"; empty follows the
/// system locale) together with Qt's own, replacing any loaded before. English is the
/// source language (its catalogue only gives plural forms). Returns the language in use.
QString installTranslations(const QString &language);

} // namespace assay::gui
