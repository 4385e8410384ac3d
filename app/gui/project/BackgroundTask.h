#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace assay::gui {

/// Runs long work off the GUI thread with a progress dialog and a Cancel button. The work
/// reports through the ProgressCallback it is given; once Cancel is pressed the callback
/// returns false, and the work should stop and return ErrorCode::Cancelled. Work that needs
/// the project opens its own connection from ProjectSession::path(): a Project is used by
/// one thread only.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<core::Status(const core::ProgressCallback &progress)>;

    /// A task whose dialog (titled `title`, saying `label`) is modal to `parent`'s window.
    BackgroundTask(QWidget *parent, const QString &title, const QString &label);
    /// Cancels running work and waits for it to stop.
    ~BackgroundTask() override;

    /// Whether to show the progress dialog (default yes). A wizard page that shows its own
    /// progress bar turns it off and listens to progressChanged.
    void setDialogVisible(bool visible) { m_dialogVisible = visible; }
    /// Starts `work` on a pool thread; finished() follows when it returns.
    void start(Work work);
    /// Starts `work` and waits for it in a local event loop, so the window keeps painting.
    core::Status run(Work work);
    /// Asks the work to stop; it sees this on its next progress report.
    void cancel();

    /// Whether the work is still running, and whether Cancel was pressed.
    bool isRunning() const { return m_running; }
    bool wasCancelled() const;
    /// The work's outcome, once finished() was emitted.
    const core::Status &status() const { return m_status; }

signals:
    void progressChanged(quint64 done, quint64 total);
    void finished();

private:
    struct Shared;

    void poll();
    void complete(core::Status status);

    QPointer<QWidget> m_parent;
    QString m_title;
    QString m_label;
    bool m_dialogVisible = true;
    bool m_running = false;
    core::Status m_status;
    std::shared_ptr<Shared> m_shared;
    QProgressDialog *m_dialog = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace assay::gui
