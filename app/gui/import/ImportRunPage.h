#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace assay::gui {

class ImportJob;
class ImportWizard;

/// The import wizard's last step: the import running, with a progress bar and Cancel, then
/// its report: what was imported, rejected rows as file:line: reason, duplicates as
/// warnings; when rows were rejected, a button to import the good rows and skip the bad.
/// Widgets: importStatus, importProgress, importCancelButton, importSummary, importErrorList,
/// importWarningList, importSkipBadButton.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard &wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    ImportJob &job() { return *m_job; }
    /// Cancels the running import; the wizard closes once it has stopped.
    void cancelAndClose();

private:
    void startImport();
    void showProgress(quint64 done, quint64 total);
    void showReport();
    void fillList(QListWidget *list, QLabel *heading, const QString &title,
                  const std::vector<QString> &lines, std::int64_t total);

    ImportWizard &m_wizard;
    ImportJob *m_job = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_errorHeading = nullptr;
    QListWidget *m_errors = nullptr;
    QLabel *m_warningHeading = nullptr;
    QListWidget *m_warnings = nullptr;
    QPushButton *m_skipBad = nullptr;
    bool m_closeRequested = false;
};

} // namespace assay::gui
