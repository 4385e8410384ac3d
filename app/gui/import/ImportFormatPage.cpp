#include "import/ImportFormatPage.h"

#include "import/ImportWizard.h"
#include "project/CoreStrings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace assay::gui {
namespace {

constexpr const char *kAutoEncoding = "auto";

} // namespace

ImportFormatPage::ImportFormatPage(ImportWizard &wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFormatPage"));
    setTitle(tr("Format and Columns"));
    setSubTitle(tr("How the file is read, and which of its columns hold each item's text and "
                   "its id. Every other column is kept as the item's metadata."));

    auto *layout = new QVBoxLayout(this);
    auto *readBox = new QGroupBox(tr("Reading"), this);
    auto *readForm = new QFormLayout(readBox);
    m_format = new QComboBox(readBox);
    m_format->setObjectName(QStringLiteral("importFormatCombo"));
    m_format->addItem(tr("Automatic"), static_cast<int>(core::ItemFormat::Auto));
    m_format->addItem(tr("JSON Lines (one object per line)"),
                      static_cast<int>(core::ItemFormat::Jsonl));
    m_format->addItem(tr("CSV (comma-separated, with a header row)"),
                      static_cast<int>(core::ItemFormat::Csv));
    m_format->addItem(tr("TSV (tab-separated, with a header row)"),
                      static_cast<int>(core::ItemFormat::Tsv));
    m_format->addItem(tr("Plain text"), static_cast<int>(core::ItemFormat::Text));
    readForm->addRow(tr("&Format:"), m_format);

    m_encoding = new QComboBox(readBox);
    m_encoding->setObjectName(QStringLiteral("importEncodingCombo"));
    m_encoding->setEditable(true);
    m_encoding->addItem(tr("Automatic (UTF-8 or UTF-16)"), QString::fromLatin1(kAutoEncoding));
    for (const char *name : {"UTF-8", "GB18030", "GBK", "Big5", "UTF-16LE", "UTF-16BE"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_encoding->setToolTip(tr("Files from older Chinese systems are often in GB18030. Any "
                              "encoding the system knows can be typed in."));
    readForm->addRow(tr("&Encoding:"), m_encoding);

    m_split = new QComboBox(readBox);
    m_split->setObjectName(QStringLiteral("importSplitCombo"));
    m_split->addItem(tr("One item per line"), static_cast<int>(core::TextSplit::Lines));
    m_split->addItem(tr("One item per paragraph (blank lines between)"),
                     static_cast<int>(core::TextSplit::Paragraphs));
    readForm->addRow(tr("Plain text &items:"), m_split);

    m_cjkSpacing = new QCheckBox(tr("Remove the spaces print layout puts between Chinese "
                                    "characters"),
                                 readBox);
    m_cjkSpacing->setObjectName(QStringLiteral("importCjkSpacingCheck"));
    readForm->addRow(QString(), m_cjkSpacing);
    layout->addWidget(readBox);

    m_columnsBox = new QGroupBox(tr("Columns"), this);
    auto *columnsForm = new QFormLayout(m_columnsBox);
    m_textColumn = new QComboBox(m_columnsBox);
    m_textColumn->setObjectName(QStringLiteral("importTextColumnCombo"));
    columnsForm->addRow(tr("&Text column:"), m_textColumn);
    m_idColumn = new QComboBox(m_columnsBox);
    m_idColumn->setObjectName(QStringLiteral("importIdColumnCombo"));
    columnsForm->addRow(tr("I&D column:"), m_idColumn);
    layout->addWidget(m_columnsBox);

    m_skipDuplicates = new QCheckBox(tr("Leave out rows whose text or id is already in the "
                                        "project or earlier in the file"),
                                     this);
    m_skipDuplicates->setObjectName(QStringLiteral("importSkipDuplicatesCheck"));
    layout->addWidget(m_skipDuplicates);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importFormatError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_format, &QComboBox::activated, this, &ImportFormatPage::reloadColumns);
    connect(m_encoding, &QComboBox::activated, this, &ImportFormatPage::reloadColumns);
    // A typed encoding name takes effect once it is finished.
    connect(m_encoding->lineEdit(), &QLineEdit::editingFinished, this,
            &ImportFormatPage::reloadColumns);
    connect(m_split, &QComboBox::activated, this, &ImportFormatPage::store);
    connect(m_cjkSpacing, &QCheckBox::toggled, this, &ImportFormatPage::store);
    connect(m_textColumn, &QComboBox::activated, this, &ImportFormatPage::store);
    connect(m_idColumn, &QComboBox::activated, this, &ImportFormatPage::store);
    connect(m_skipDuplicates, &QCheckBox::toggled, this, &ImportFormatPage::store);
}

core::ItemFormat ImportFormatPage::effectiveFormat() const
{
    const auto chosen = static_cast<core::ItemFormat>(m_format->currentData().toInt());
    return chosen == core::ItemFormat::Auto ? core::guessItemFormat(m_wizard.options().path)
                                            : chosen;
}

void ImportFormatPage::initializePage()
{
    const core::ImportOptions &options = m_wizard.options();
    QString detected;
    switch (core::guessItemFormat(options.path)) {
    case core::ItemFormat::Csv:
        detected = QStringLiteral("CSV");
        break;
    case core::ItemFormat::Tsv:
        detected = QStringLiteral("TSV");
        break;
    case core::ItemFormat::Text:
        detected = tr("plain text");
        break;
    case core::ItemFormat::Auto:
    case core::ItemFormat::Jsonl:
        detected = QStringLiteral("JSON Lines");
        break;
    }
    m_format->setItemText(0, tr("Automatic: %1, by the file's extension").arg(detected));
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(options.format)));
    m_split->setCurrentIndex(m_split->findData(static_cast<int>(options.split)));
    m_cjkSpacing->setChecked(options.removeCjkSpacing);
    m_skipDuplicates->setChecked(options.skipDuplicates);
    const int encoding = m_encoding->findData(qstr(options.encoding));
    if (encoding >= 0)
        m_encoding->setCurrentIndex(encoding);
    else
        m_encoding->setEditText(qstr(options.encoding));
    reloadColumns();
}

QString ImportFormatPage::chosenEncoding() const
{
    const QString typed = m_encoding->currentText().trimmed();
    const int known = m_encoding->findText(typed);
    const QString encoding = known >= 0 ? m_encoding->itemData(known).toString() : typed;
    return encoding.isEmpty() ? QString::fromLatin1(kAutoEncoding) : encoding;
}

void ImportFormatPage::reloadColumns()
{
    store();
    core::ImportOptions probe = m_wizard.options();
    probe.format = effectiveFormat();
    auto columns = SourceColumns::read(probe);
    m_columnsOk = columns.ok();
    m_columns = columns.ok() ? std::move(columns).value() : SourceColumns{};
    if (m_columnsOk) {
        m_error->hide();
    } else {
        m_error->setText(
            tr("The file cannot be read this way: %1").arg(errorText(columns.error())));
        m_error->show();
    }
    fillColumnCombos();
    updateEnabled();
    store();
    emit completeChanged();
}

void ImportFormatPage::fillColumnCombos()
{
    const core::ImportOptions &options = m_wizard.options();
    // Keep what was chosen when the file still has it; otherwise take the guess.
    const std::string text =
        m_columns.contains(options.textField) ? options.textField : m_columns.textGuess;
    const std::string id =
        m_columns.contains(options.idField) ? options.idField : m_columns.idGuess;
    m_textColumn->clear();
    m_idColumn->clear();
    // Without a column of its own the importer still takes a column called "id", so "no id"
    // is offered only when there is none.
    if (!m_columns.contains("id"))
        m_idColumn->addItem(tr("(no id)"), QString());
    for (const std::string &name : m_columns.names) {
        m_textColumn->addItem(qstr(name), qstr(name));
        m_idColumn->addItem(qstr(name), qstr(name));
    }
    m_textColumn->setCurrentIndex(std::max(0, m_textColumn->findData(qstr(text))));
    m_idColumn->setCurrentIndex(std::max(0, m_idColumn->findData(qstr(id))));
}

void ImportFormatPage::updateEnabled()
{
    const bool text = effectiveFormat() == core::ItemFormat::Text;
    m_split->setEnabled(text);
    m_columnsBox->setVisible(!text);
}

void ImportFormatPage::store()
{
    core::ImportOptions &options = m_wizard.options();
    options.format = static_cast<core::ItemFormat>(m_format->currentData().toInt());
    options.encoding = stdstr(chosenEncoding());
    options.split = static_cast<core::TextSplit>(m_split->currentData().toInt());
    options.removeCjkSpacing = m_cjkSpacing->isChecked();
    options.skipDuplicates = m_skipDuplicates->isChecked();
    if (effectiveFormat() == core::ItemFormat::Text) {
        options.textField = "text";
        options.idField.clear();
    } else if (m_textColumn->count() > 0) {
        options.textField = stdstr(m_textColumn->currentData().toString());
        options.idField = stdstr(m_idColumn->currentData().toString());
    }
}

bool ImportFormatPage::isComplete() const
{
    return m_columnsOk &&
           (effectiveFormat() == core::ItemFormat::Text || m_textColumn->count() > 0);
}

bool ImportFormatPage::validatePage()
{
    store();
    return isComplete();
}

} // namespace assay::gui
