#include "import/ImportPreviewPage.h"

#include "import/ImportMessages.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportWizard.h"
#include "project/CoreStrings.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace assay::gui {

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they will be imported. Rows shown in red have a problem: "
                   "they stop the import unless you choose to skip them."));
    setCommitPage(true);

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importPreviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importPreviewError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
}

void ImportPreviewPage::initializePage()
{
    const core::ImportOptions &options = m_wizard.options();
    auto preview = ImportPreview::read(options, kRows);
    m_ok = preview.ok();
    if (!preview) {
        m_model->clear();
        m_summary->clear();
        m_error->setText(tr("The file cannot be imported with these settings: %1")
                             .arg(ImportMessages::rowError(preview.error())));
        m_error->show();
        emit completeChanged();
        return;
    }
    m_error->hide();
    const int rows = static_cast<int>(preview->rows.size());
    const QString file = QFileInfo(qstr(options.path)).fileName();
    const QString read = preview->complete
                             ? tr("All %n row(s) of %1", nullptr, rows).arg(file)
                             : tr("The first %n row(s) of %1", nullptr, rows).arg(file);
    QString summary =
        tr("%1, read as %2 in %3.").arg(read, preview->format.toUpper(), preview->encoding);
    m_model->setPreview(std::move(preview).value());
    if (const int bad = m_model->errorCount(); bad > 0)
        summary += QLatin1Char(' ') + tr("%n row(s) have a problem.", nullptr, bad);
    m_summary->setText(summary);

    const int width = m_table->viewport()->width();
    m_table->setColumnWidth(ImportPreviewModel::LineColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("000000")) +
                                12);
    m_table->setColumnWidth(ImportPreviewModel::TextColumn, std::max(320, width * 55 / 100));
    m_table->setColumnWidth(ImportPreviewModel::IdColumn, std::max(80, width * 12 / 100));
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}

} // namespace assay::gui
