#include "model/ModelMessages.h"

#include "project/CoreStrings.h"

#include <QRegularExpression>

namespace assay::gui {

QString ModelMessages::text(const core::Error &error)
{
    if (error.code == core::ErrorCode::Cancelled)
        return tr("Cancelled; nothing was changed.");
    const QString message = qstr(error.message);
    static const QRegularExpression noLabels(
        QStringLiteral("^field '(.*)' has no labelled items to train on"));
    if (const auto m = noLabels.match(message); m.hasMatch())
        return tr("“%1” has no labelled items to train on yet. The model learns from items "
                  "that are accepted or settled (gold): label and accept some first, or choose "
                  "a file of labelled data.")
            .arg(m.captured(1));
    static const QRegularExpression tooFew(
        QStringLiteral("^field '(.*)': too few labels to train on: (\\d+) labelled examples with "
                       "(\\d+) different labels; training needs at least (\\d+) examples and "
                       "(\\d+) different labels"));
    if (const auto m = tooFew.match(message); m.hasMatch())
        return tr("Too few labels to train “%1”: there are %2 labelled items with %3 different "
                  "label(s), and training needs at least %4 items with at least %5 different "
                  "labels. Label and accept more items, or add a file of labelled data.")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), m.captured(5));
    static const QRegularExpression noModel(QStringLiteral("^field '(.*)' has no model yet"));
    if (const auto m = noModel.match(message); m.hasMatch())
        return tr("“%1” has no trained model yet: train one first.").arg(m.captured(1));
    return errorText(error);
}

} // namespace assay::gui
