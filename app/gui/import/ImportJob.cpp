#include "import/ImportJob.h"

#include "project/BackgroundTask.h"
#include "project/CoreStrings.h"
#include "project/Project.h"

#include <QWidget>
#include <mutex>

namespace assay::gui {
namespace {

std::mutex g_hookMutex;
std::function<void()> g_workerHook;

std::function<void()> workerHook()
{
    std::lock_guard lock(g_hookMutex);
    return g_workerHook;
}

} // namespace

ImportJob::ImportJob(const QString &projectPath, QWidget *parent)
    : QObject(parent)
    , m_projectPath(projectPath)
    , m_report(std::make_shared<core::ImportReport>())
    , m_task(new BackgroundTask(parent, tr("Importing Items"), tr("Importing items…")))
{
    m_task->setParent(this);
    m_task->setDialogVisible(false);
    connect(m_task, &BackgroundTask::progressChanged, this, &ImportJob::progressChanged);
    connect(m_task, &BackgroundTask::finished, this, &ImportJob::finished);
}

ImportJob::~ImportJob() = default;

void ImportJob::setWorkerHook(std::function<void()> hook)
{
    std::lock_guard lock(g_hookMutex);
    g_workerHook = std::move(hook);
}

void ImportJob::start(const core::ImportOptions &options)
{
    m_options = options;
    // Each run reports into a fresh object: the worker of a cancelled run may still be
    // writing into the old one.
    m_report = std::make_shared<core::ImportReport>();
    m_task->start([path = stdstr(m_projectPath), options, report = m_report,
                   hook = workerHook()](const core::ProgressCallback &progress) -> core::Status {
        if (hook)
            hook();
        auto project = core::Project::open(path);
        if (!project) {
            report->failure = project.error();
            return project.error();
        }
        *report = core::ItemImporter(**project).run(options, progress);
        if (!report->ok)
            return report->failure;
        return {};
    });
}

void ImportJob::cancel()
{
    m_task->cancel();
}

bool ImportJob::isRunning() const
{
    return m_task->isRunning();
}

} // namespace assay::gui
