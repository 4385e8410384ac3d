#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace assay::gui {

class ImportPreviewModel;
class ImportWizard;

/// The import wizard's third step: the first rows of the file exactly as they will be
/// imported (text, id, metadata), bad rows in red with their reason. Pressing Import here
/// starts the import. Widgets: importPreviewTable, importPreviewSummary, importPreviewError.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    /// How many rows the preview reads.
    static constexpr int kRows = 50;

    explicit ImportPreviewPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;

    ImportPreviewModel *model() const { return m_model; }

private:
    ImportWizard &m_wizard;
    ImportPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    bool m_ok = false;
};

} // namespace assay::gui
