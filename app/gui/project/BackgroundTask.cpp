#include "project/BackgroundTask.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>

namespace assay::gui {

/// State the worker thread and the GUI thread share; it outlives whichever ends last.
struct BackgroundTask::Shared {
    std::atomic<std::uint64_t> done{0};
    std::atomic<std::uint64_t> total{0};
    std::atomic<bool> cancelled{false};
    QFuture<core::Status> future;
};

BackgroundTask::BackgroundTask(QWidget *parent, const QString &title, const QString &label)
    : QObject(parent)
    , m_parent(parent)
    , m_title(title)
    , m_label(label)
{}

BackgroundTask::~BackgroundTask()
{
    if (m_shared && m_running) {
        m_shared->cancelled = true;
        m_shared->future.waitForFinished();
    }
}

void BackgroundTask::start(Work work)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_status = {};
    m_shared = std::make_shared<Shared>();
    std::shared_ptr<Shared> shared = m_shared;
    m_shared->future = QtConcurrent::run([shared, work = std::move(work)]() -> core::Status {
        const core::ProgressCallback progress = [shared](std::uint64_t done, std::uint64_t total) {
            shared->done = done;
            shared->total = total;
            return !shared->cancelled.load();
        };
        return work(progress);
    });

    if (m_dialogVisible) {
        m_dialog = new QProgressDialog(m_label, tr("Cancel"), 0, 0, m_parent);
        m_dialog->setObjectName(QStringLiteral("backgroundTaskDialog"));
        m_dialog->setWindowTitle(m_title);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setMinimumDuration(400);
        m_dialog->setAutoReset(false);
        m_dialog->setAutoClose(false);
        connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(50);
    connect(m_timer, &QTimer::timeout, this, &BackgroundTask::poll);
    m_timer->start();

    auto *watcher = new QFutureWatcher<core::Status>(this);
    connect(watcher, &QFutureWatcher<core::Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        complete(watcher->result());
    });
    watcher->setFuture(m_shared->future);
}

core::Status BackgroundTask::run(Work work)
{
    QEventLoop loop;
    connect(this, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    start(std::move(work));
    if (m_running)
        loop.exec();
    return m_status;
}

void BackgroundTask::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

bool BackgroundTask::wasCancelled() const
{
    return m_shared && m_shared->cancelled.load();
}

void BackgroundTask::poll()
{
    const std::uint64_t done = m_shared->done.load();
    const std::uint64_t total = m_shared->total.load();
    if (m_dialog && total > 0) {
        // QProgressDialog works in int: scale large totals down to per-mille.
        m_dialog->setMaximum(1000);
        m_dialog->setValue(static_cast<int>(std::min<std::uint64_t>(1000, done * 1000 / total)));
    }
    emit progressChanged(done, total);
}

void BackgroundTask::complete(core::Status status)
{
    poll();
    m_timer->stop();
    m_timer->deleteLater();
    m_timer = nullptr;
    if (m_dialog) {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    m_status = std::move(status);
    m_running = false;
    emit finished();
}

} // namespace assay::gui
