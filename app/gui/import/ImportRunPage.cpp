#include "import/ImportRunPage.h"

#include "import/ImportJob.h"
#include "import/ImportMessages.h"
#include "import/ImportWizard.h"
#include "project/CoreStrings.h"
#include "project/ProjectSession.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace assay::gui {

ImportRunPage::ImportRunPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_job(new ImportJob(wizard.session().path(), &wizard))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The items are stored as one batch: all of them, or none if the import stops."));
    setFinalPage(true);

    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_errorHeading = new QLabel(this);
    m_errorHeading->setObjectName(QStringLiteral("sectionCaption"));
    m_errors = new QListWidget(this);
    m_errors->setObjectName(QStringLiteral("importErrorList"));
    m_errors->setUniformItemSizes(true);
    m_errors->setIconSize(QSize(16, 16));
    m_warningHeading = new QLabel(this);
    m_warningHeading->setObjectName(QStringLiteral("sectionCaption"));
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("importWarningList"));
    m_warnings->setUniformItemSizes(true);
    m_warnings->setIconSize(QSize(16, 16));
    layout->addWidget(m_errorHeading);
    layout->addWidget(m_errors, 2);
    layout->addWidget(m_warningHeading);
    layout->addWidget(m_warnings, 1);

    m_skipBad = new QPushButton(tr("Import the Good Rows and &Skip the Bad Ones"), this);
    m_skipBad->setObjectName(QStringLiteral("importSkipBadButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_skipBad);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    layout->addStretch(0);

    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_job, &ImportJob::progressChanged, this, &ImportRunPage::showProgress);
    connect(m_job, &ImportJob::finished, this, &ImportRunPage::showReport);
    connect(m_skipBad, &QPushButton::clicked, this, [this] {
        m_wizard.options().skipBad = true;
        startImport();
    });
}

ImportRunPage::~ImportRunPage() = default;

void ImportRunPage::initializePage()
{
    m_wizard.options().skipBad = false;
    startImport();
}

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

bool ImportRunPage::isComplete() const
{
    return !m_job->isRunning();
}

void ImportRunPage::cancelAndClose()
{
    m_closeRequested = true;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::startImport()
{
    const core::ImportOptions &options = m_wizard.options();
    const QString file = QFileInfo(qstr(options.path)).fileName();
    m_status->setText(options.skipBad ? tr("Importing the good rows of %1…").arg(file)
                                      : tr("Importing %1…").arg(file));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_summary->clear();
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_summary, m_errorHeading, m_errors, m_warningHeading, m_warnings, m_skipBad})
        widget->hide();
    m_job->start(options);
    emit completeChanged();
}

void ImportRunPage::showProgress(quint64 done, quint64 total)
{
    if (total == 0)
        return;
    m_progress->setValue(static_cast<int>(std::min<quint64>(1000, done * 1000 / total)));
    const QLocale locale;
    m_progress->setToolTip(tr("%1 of %2 read")
                               .arg(locale.formattedDataSize(static_cast<qint64>(done)),
                                    locale.formattedDataSize(static_cast<qint64>(total))));
}

void ImportRunPage::fillList(QListWidget *list, QLabel *heading, const QString &title,
                             const std::vector<QString> &lines, std::int64_t total)
{
    list->clear();
    if (lines.empty()) {
        list->hide();
        heading->hide();
        return;
    }
    const QIcon icon = style()->standardIcon(list == m_errors ? QStyle::SP_MessageBoxCritical
                                                              : QStyle::SP_MessageBoxWarning);
    for (const QString &line : lines)
        new QListWidgetItem(icon, line, list);
    QString text = title;
    if (total > static_cast<std::int64_t>(lines.size()))
        text += QLatin1Char(' ') + tr("(the first %1 of %2)").arg(lines.size()).arg(total);
    heading->setText(text);
    heading->show();
    list->show();
}

void ImportRunPage::showReport()
{
    const core::ImportReport &report = m_job->report();
    const core::ImportOptions &options = m_job->options();
    m_progress->hide();
    m_cancel->hide();
    const QString file = QFileInfo(qstr(options.path)).fileName();
    const std::int64_t duplicates = report.duplicateTexts + report.duplicateIds;
    // Bad rows stopped the import (rather than a fault that stops reading, which names its line).
    const bool badRowsStopped = !report.ok && report.rejected > 0 && !options.skipBad &&
                                report.failure.code == core::ErrorCode::Validation &&
                                report.failure.line == 0;

    QStringList sentences;
    QString colour = QStringLiteral("#1e6b34");
    if (report.ok) {
        m_status->setText(tr("Done."));
        const QLocale locale;
        sentences << tr("Imported %n item(s) from %1 (%2, %3) in %4 s.", nullptr,
                        static_cast<int>(report.imported))
                         .arg(file, qstr(report.format).toUpper(), qstr(report.encoding),
                              locale.toString(report.seconds, 'f', report.seconds < 1 ? 2 : 1));
        if (report.rejected > 0)
            sentences << tr("%n bad row(s) were skipped.", nullptr,
                            static_cast<int>(report.rejected));
        if (report.skippedDuplicates > 0)
            sentences << tr("%n duplicate(s) were left out.", nullptr,
                            static_cast<int>(report.skippedDuplicates));
        else if (duplicates > 0)
            sentences << tr("%n duplicate(s) were imported all the same; they are listed below.",
                            nullptr, static_cast<int>(duplicates));
    } else if (report.failure.code == core::ErrorCode::Cancelled) {
        m_status->setText(tr("Cancelled."));
        sentences << tr("The import was cancelled. Nothing was imported.");
        colour = QStringLiteral("#5f6368");
    } else if (badRowsStopped) {
        m_status->setText(tr("Nothing was imported."));
        sentences << tr("%n row(s) have problems, listed below, so nothing was imported. Fix them "
                        "in the file and import it again, or import the good rows and skip the "
                        "bad ones.",
                        nullptr, static_cast<int>(report.rejected));
        colour = QStringLiteral("#b3261e");
    } else {
        m_status->setText(tr("Nothing was imported."));
        sentences << ImportMessages::rowError(report.failure);
        colour = QStringLiteral("#b3261e");
    }
    QString summary = sentences.takeFirst();
    for (const QString &next : sentences)
        summary = tr("%1 %2", "one sentence after another").arg(summary, next);
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_summary->setText(summary);
    m_summary->show();

    std::vector<QString> errors;
    for (const core::Error &error : report.rowErrors)
        errors.push_back(ImportMessages::rowError(error));
    fillList(m_errors, m_errorHeading, tr("Rejected rows: %1").arg(report.rejected), errors,
             report.rejected);
    std::vector<QString> warnings;
    for (const core::Error &warning : report.warnings)
        warnings.push_back(ImportMessages::rowError(warning));
    fillList(m_warnings, m_warningHeading, tr("Duplicates: %1").arg(duplicates), warnings,
             duplicates);
    m_skipBad->setVisible(badRowsStopped);

    if (report.ok) {
        // A one-row lookup that was never reset keeps the window's connection reading the
        // project as it was before the import; let go of such reads so the views see it all.
        m_wizard.session().project().database().resetBusyStatements();
        m_wizard.session().notifyItemsChanged();
        emit m_wizard.itemsImported(report.batchId, report.imported);
    }
    emit completeChanged();
    if (m_closeRequested)
        m_wizard.reject();
}

} // namespace assay::gui
