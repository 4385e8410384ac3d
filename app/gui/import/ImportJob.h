#pragma once

#include "io/ImportOptions.h"
#include "io/ItemImporter.h"

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace assay::gui {

class BackgroundTask;

/// One item import running on a worker thread with a connection of its own to the project
/// file (the GUI's connection stays with the GUI thread). Progress is reported in bytes read;
/// cancel() makes the importer stop at its next progress report, and then nothing is
/// imported.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    /// A job that imports into the project file at `projectPath`.
    ImportJob(const QString &projectPath, QWidget *parent);
    ~ImportJob() override;

    /// Starts importing with `options`; finished() follows.
    void start(const core::ImportOptions &options);
    void cancel();
    bool isRunning() const;
    /// What the last import did; valid after finished().
    const core::ImportReport &report() const { return *m_report; }
    /// The options of the last import.
    const core::ImportOptions &options() const { return m_options; }

    /// Runs `hook` on the worker thread before each import starts (tests use it to hold the
    /// import until they have pressed Cancel). Reset with {}.
    static void setWorkerHook(std::function<void()> hook);

signals:
    void progressChanged(quint64 doneBytes, quint64 totalBytes);
    void finished();

private:
    QString m_projectPath;
    core::ImportOptions m_options;
    std::shared_ptr<core::ImportReport> m_report;
    BackgroundTask *m_task = nullptr;
};

} // namespace assay::gui
