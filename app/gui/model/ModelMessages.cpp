#include "model/ModelMessages.h"

#include "model/ModelFormat.h"
#include "project/CoreStrings.h"

#include <QLocale>
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

QString ModelMessages::trainingCancelled()
{
    return tr("Training was cancelled; no version was stored.");
}

namespace {

QString seconds(double value)
{
    return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
}

} // namespace

QString ModelMessages::trained(const core::TrainReport &report)
{
    const QString version = ModelFormat::version(report.model.version);
    QString message =
        report.evaluated
            ? tr("Trained %1 on %2 items in %3 s: accuracy %4 on %5 held-out items.")
                  .arg(version, ModelFormat::count(report.trainSize), seconds(report.seconds),
                       ModelFormat::percent(report.evaluation.accuracy),
                       ModelFormat::count(report.testSize))
            : tr("Trained %1 on %2 items in %3 s; it was not evaluated: too few labelled items "
                 "to hold some out.")
                  .arg(version, ModelFormat::count(report.trainSize), seconds(report.seconds));
    if (report.conflicting > 0)
        message += QLatin1Char(' ') + tr("%n item(s) whose annotators disagree were left out.",
                                         nullptr, static_cast<int>(report.conflicting));
    return message;
}

QString ModelMessages::prelabelled(const core::PrelabelReport &report)
{
    const QString version = ModelFormat::version(report.model.version);
    if (report.cancelled)
        return tr("Stopped after %1 items; %2 are left. Pre-label again to continue where it "
                  "stopped.")
            .arg(ModelFormat::count(report.labelled), ModelFormat::count(report.remaining));
    if (report.labelled == 0)
        return tr("Nothing to do: every item has a label from %1.").arg(version);
    const double rate =
        report.seconds > 0 ? static_cast<double>(report.labelled) / report.seconds : 0.0;
    return tr("Pre-labelled %1 items with %2 in %3 s (%4 items/s); %5 moved to suggested.")
        .arg(ModelFormat::count(report.labelled), version, seconds(report.seconds),
             ModelFormat::count(static_cast<std::int64_t>(rate)),
             ModelFormat::count(report.suggested));
}

} // namespace assay::gui
