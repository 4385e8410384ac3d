#pragma once

#include "error/Error.h"
#include "model/ModelTrainer.h"
#include "model/Prelabeler.h"

#include <QCoreApplication>
#include <QString>

namespace assay::gui {

/// What the model panel says when training or pre-labelling ends. Failures: the core's
/// common messages in the interface's language, pointing at the panel's settings rather
/// than at command-line options; messages it does not know keep the core's words (with the
/// file and line they name).
class ModelMessages
{
    Q_DECLARE_TR_FUNCTIONS(assay::gui::ModelMessages)

public:
    /// A failure of training or pre-labelling.
    static QString text(const core::Error &error);
    /// Training was cancelled.
    static QString trainingCancelled();
    /// What a training did: the version, items, time, and its accuracy when evaluated.
    static QString trained(const core::TrainReport &report);
    /// What a pre-labelling run did: items, time and speed, or how many are left when it
    /// was cancelled.
    static QString prelabelled(const core::PrelabelReport &report);
};

} // namespace assay::gui
