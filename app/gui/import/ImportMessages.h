#pragma once

#include "error/Error.h"

#include <QCoreApplication>
#include <QString>

namespace assay::gui {

/// What the core says about rows of an input file, as the import wizard shows it: the file
/// named without its folder, and the common messages in the interface's language and
/// pointing at the wizard's settings rather than at command-line options. Messages it does
/// not know keep the core's words.
class ImportMessages
{
    Q_DECLARE_TR_FUNCTIONS(assay::gui::ImportMessages)

public:
    /// "file:line: reason" (with the column when known).
    static QString rowError(const core::Error &error);
    /// The reason alone.
    static QString reason(const std::string &message);
};

} // namespace assay::gui
