#pragma once

#include "model/ModelTrainer.h"
#include "model/Prelabeler.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace assay::gui {

class BackgroundTask;

/// Training a model or pre-labelling items, on a worker thread with its own connection to
/// the project file (the window's connection stays with the GUI thread). Training reports
/// progress per mille, pre-labelling in items; cancel() stops either at its next report.
/// A cancelled training stores nothing; a cancelled pre-label keeps what it wrote, and the
/// next run continues from there.
class ModelJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Train, Prelabel };

    explicit ModelJob(QWidget *parent);
    ~ModelJob() override;

    /// Trains the model of field `field` of the project at `projectPath`.
    void train(const QString &projectPath, const QString &field, const core::TrainOptions &options);
    /// Pre-labels the items of the project at `projectPath` with field `field`'s model.
    void prelabel(const QString &projectPath, const QString &field,
                  const core::PrelabelOptions &options);
    /// Asks the running work to stop at its next progress report; finished() follows.
    void cancel();

    /// Whether work is running now.
    bool isRunning() const;
    /// What runs (or ran last).
    Kind kind() const { return m_kind; }
    /// Whether Cancel was pressed during the last run.
    bool wasCancelled() const;
    /// How the last run ended, and what it did; valid after finished().
    const core::Status &status() const;
    const core::TrainReport &trainReport() const { return m_results->train; }
    const core::PrelabelReport &prelabelReport() const { return m_results->prelabel; }

    /// Runs `hook` on the worker thread at each progress report, before it is passed on
    /// (tests hold the work there until they have pressed Cancel). Reset with {}.
    using ProgressHook = std::function<void(std::uint64_t done, std::uint64_t total)>;
    static void setProgressHook(ProgressHook hook);

signals:
    /// Training: per mille done (total 1000); pre-labelling: items done of items to do.
    void progressChanged(quint64 done, quint64 total);
    /// The work ended (done, failed or cancelled): status() and the reports tell how.
    void finished();

private:
    struct Results {
        core::TrainReport train;
        core::PrelabelReport prelabel;
    };
    /// The work of one run, on the worker thread with its own connection to the project.
    using Work =
        std::function<core::Status(core::Project &, const core::ProgressCallback &, Results &)>;
    void run(Kind kind, const QString &projectPath, Work work);

    Kind m_kind = Kind::Train;
    std::shared_ptr<Results> m_results;
    BackgroundTask *m_task = nullptr;
};

} // namespace assay::gui
