#pragma once

#include "error/Error.h"

#include <QCoreApplication>
#include <QString>

namespace assay::gui {

/// What the core says when training or pre-labelling fails, as the model panel shows it:
/// the common messages in the interface's language, pointing at the panel's settings
/// rather than at command-line options. Messages it does not know keep the core's words
/// (with the file and line they name).
class ModelMessages
{
    Q_DECLARE_TR_FUNCTIONS(assay::gui::ModelMessages)

public:
    static QString text(const core::Error &error);
};

} // namespace assay::gui
