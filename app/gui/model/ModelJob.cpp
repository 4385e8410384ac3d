#include "model/ModelJob.h"

#include "project/BackgroundTask.h"
#include "project/CoreStrings.h"
#include "project/Project.h"

#include <QWidget>
#include <mutex>

namespace assay::gui {
namespace {

std::mutex g_hookMutex;
ModelJob::ProgressHook g_progressHook;

ModelJob::ProgressHook progressHook()
{
    std::lock_guard lock(g_hookMutex);
    return g_progressHook;
}

/// The task's progress callback, with the test hook (if any) in front of it.
core::ProgressCallback hooked(const core::ProgressCallback &progress)
{
    ModelJob::ProgressHook hook = progressHook();
    if (!hook)
        return progress;
    return [progress, hook](std::uint64_t done, std::uint64_t total) {
        hook(done, total);
        return progress(done, total);
    };
}

} // namespace

ModelJob::ModelJob(QWidget *parent)
    : QObject(parent)
    , m_results(std::make_shared<Results>())
    , m_task(new BackgroundTask(parent, tr("Model"), QString()))
{
    m_task->setParent(this);
    m_task->setDialogVisible(false);
    connect(m_task, &BackgroundTask::progressChanged, this, &ModelJob::progressChanged);
    connect(m_task, &BackgroundTask::finished, this, &ModelJob::finished);
}

ModelJob::~ModelJob() = default;

void ModelJob::setProgressHook(ProgressHook hook)
{
    std::lock_guard lock(g_hookMutex);
    g_progressHook = std::move(hook);
}

void ModelJob::train(const QString &projectPath, const QString &field,
                     const core::TrainOptions &options)
{
    run(Kind::Train, projectPath,
        [field = stdstr(field), options](core::Project &project,
                                         const core::ProgressCallback &progress,
                                         Results &results) -> core::Status {
            core::TrainOptions withProgress = options;
            withProgress.progress = progress;
            auto report = core::ModelTrainer(project).train(field, withProgress);
            if (!report)
                return report.error();
            results.train = std::move(report).value();
            return {};
        });
}

void ModelJob::prelabel(const QString &projectPath, const QString &field,
                        const core::PrelabelOptions &options)
{
    run(Kind::Prelabel, projectPath,
        [field = stdstr(field), options](core::Project &project,
                                         const core::ProgressCallback &progress,
                                         Results &results) -> core::Status {
            core::PrelabelOptions withProgress = options;
            withProgress.progress = progress;
            auto report = core::Prelabeler(project).run(field, withProgress);
            if (!report)
                return report.error();
            results.prelabel = std::move(report).value();
            return {};
        });
}

void ModelJob::run(Kind kind, const QString &projectPath, Work work)
{
    m_kind = kind;
    // Each run reports into a fresh object: the worker of an earlier run may still hold the
    // old one.
    m_results = std::make_shared<Results>();
    m_task->start([path = stdstr(projectPath), work = std::move(work),
                   results = m_results](const core::ProgressCallback &progress) -> core::Status {
        auto project = core::Project::open(path);
        if (!project)
            return project.error();
        return work(**project, hooked(progress), *results);
    });
}

void ModelJob::cancel()
{
    m_task->cancel();
}

bool ModelJob::isRunning() const
{
    return m_task->isRunning();
}

bool ModelJob::wasCancelled() const
{
    return m_task->wasCancelled();
}

const core::Status &ModelJob::status() const
{
    return m_task->status();
}

} // namespace assay::gui
