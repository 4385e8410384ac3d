#pragma once

#include "error/Error.h"

#include <QString>
#include <string>
#include <string_view>

namespace assay::gui {

/// UTF-8 text from the core as a QString.
inline QString qstr(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// A QString as the UTF-8 the core takes.
inline std::string stdstr(const QString &text)
{
    return text.toStdString();
}

/// An error from the core as a message for the user.
inline QString errorText(const core::Error &error)
{
    return qstr(error.toString());
}

} // namespace assay::gui
