#pragma once

#include "import/SourceColumns.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;

namespace assay::gui {

class ImportWizard;

/// The import wizard's second step: how to read the file (format, encoding, how plain text
/// splits into items, print-layout spaces) and which of its columns hold the text and the
/// id, offered from the file's header or members. Widgets: importFormatCombo,
/// importEncodingCombo, importSplitCombo, importCjkSpacingCheck, importTextColumnCombo,
/// importIdColumnCombo, importSkipDuplicatesCheck, importFormatError.
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFormatPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The format the file will be read as (Auto resolved by the extension).
    core::ItemFormat effectiveFormat() const;

private:
    void reloadColumns();
    QString chosenEncoding() const;
    void updateEnabled();
    void store();
    void fillColumnCombos();

    ImportWizard &m_wizard;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_split = nullptr;
    QCheckBox *m_cjkSpacing = nullptr;
    QGroupBox *m_columnsBox = nullptr;
    QComboBox *m_textColumn = nullptr;
    QComboBox *m_idColumn = nullptr;
    QCheckBox *m_skipDuplicates = nullptr;
    QLabel *m_error = nullptr;
    SourceColumns m_columns;
    bool m_columnsOk = false;
};

} // namespace assay::gui
