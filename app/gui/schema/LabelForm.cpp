#include "schema/LabelForm.h"

#include "project/CoreStrings.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace assay::gui {

LabelForm::LabelForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("labelForm"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("sectionCaption"));
    m_path = new QLabel(this);
    m_path->setObjectName(QStringLiteral("hintText"));
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_path);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("labelNameEdit"));
    form->addRow(tr("&Name:"), m_name);
    m_hotkey = new QLineEdit(this);
    m_hotkey->setObjectName(QStringLiteral("labelHotkeyEdit"));
    m_hotkey->setMaxLength(2); // one key; a second character is refused with a message
    m_hotkey->setMaximumWidth(m_hotkey->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) +
                              16);
    m_hotkey->setToolTip(tr("A single key that marks a selection with this label while "
                            "annotating spans"));
    form->addRow(tr("&Hotkey:"), m_hotkey);
    m_english = new QLineEdit(this);
    m_english->setObjectName(QStringLiteral("labelEnglishEdit"));
    form->addRow(tr("&English name:"), m_english);
    m_aliases = new QLineEdit(this);
    m_aliases->setObjectName(QStringLiteral("labelAliasesEdit"));
    m_aliases->setPlaceholderText(tr("Other names, separated by commas"));
    form->addRow(tr("&Aliases:"), m_aliases);
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("labelTierCombo"));
    m_tier->addItem(tr("Common"), static_cast<int>(core::LabelTier::Common));
    m_tier->addItem(tr("Rare"), static_cast<int>(core::LabelTier::Rare));
    form->addRow(tr("&Tier:"), m_tier);
    m_deprecated =
        new QCheckBox(tr("&Deprecated: kept for old annotations, no longer offered"), this);
    m_deprecated->setObjectName(QStringLiteral("labelDeprecatedCheck"));
    form->addRow(QString(), m_deprecated);
    auto *colorRow = new QHBoxLayout;
    m_color = new QLineEdit(this);
    m_color->setObjectName(QStringLiteral("labelColorEdit"));
    m_color->setPlaceholderText(tr("automatic"));
    m_colorButton = new QPushButton(tr("C&hoose…"), this);
    m_colorButton->setObjectName(QStringLiteral("labelColorButton"));
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(m_colorButton);
    auto *colorLabel = new QLabel(tr("&Colour:"), this);
    colorLabel->setBuddy(m_color);
    form->addRow(colorLabel, colorRow);
    m_guideline = new QPlainTextEdit(this);
    m_guideline->setObjectName(QStringLiteral("labelGuidelineEdit"));
    m_guideline->setPlaceholderText(tr("When to choose this label, and when not"));
    m_guideline->setTabChangesFocus(true);
    form->addRow(tr("&Guideline:"), m_guideline);
    layout->addLayout(form, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("labelFormError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("labelRevertButton"));
    m_save = new QPushButton(tr("&Save Label"), this);
    m_save->setObjectName(QStringLiteral("labelSaveButton"));
    m_save->setAutoDefault(false);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    for (QLineEdit *line : {m_name, m_hotkey, m_english, m_aliases, m_color})
        connect(line, &QLineEdit::returnPressed, this, &LabelForm::saveRequested);
    connect(m_save, &QPushButton::clicked, this, &LabelForm::saveRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (m_new)
            clearForm();
        else
            fill(m_label);
    });
    connect(m_colorButton, &QPushButton::clicked, this, [this] {
        const QColor chosen =
            QColorDialog::getColor(QColor(m_color->text()), this, tr("Label Colour"));
        if (chosen.isValid())
            m_color->setText(chosen.name());
    });
    clearForm();
}

std::vector<std::string> LabelForm::parseAliases(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；|]"));
    std::vector<std::string> aliases;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString alias = part.trimmed(); !alias.isEmpty())
            aliases.push_back(stdstr(alias));
    return aliases;
}

void LabelForm::fill(const core::Label &label)
{
    m_name->setText(qstr(label.name));
    m_hotkey->setText(qstr(label.hotkey));
    m_english->setText(qstr(label.english));
    QStringList aliases;
    for (const std::string &alias : label.aliases)
        aliases << qstr(alias);
    m_aliases->setText(aliases.join(tr(", ", "between aliases")));
    m_tier->setCurrentIndex(m_tier->findData(static_cast<int>(label.tier)));
    m_deprecated->setChecked(label.deprecated);
    m_color->setText(qstr(label.color));
    m_guideline->setPlainText(qstr(label.guideline));
    m_error->hide();
    updateEnabled();
}

void LabelForm::showLabel(const core::Field &field, const core::Label &label)
{
    m_field = field;
    m_label = label;
    m_new = false;
    m_parentPath.clear();
    m_heading->setText(tr("Label"));
    m_path->setText(qstr(label.path));
    fill(label);
}

void LabelForm::startNew(const core::Field &field, const std::string &parentPath)
{
    m_field = field;
    m_label = core::Label{};
    m_label.fieldId = field.id;
    m_new = true;
    m_parentPath = parentPath;
    m_heading->setText(parentPath.empty() ? tr("New top-level label") : tr("New label under"));
    m_path->setText(parentPath.empty() ? qstr(field.name) : qstr(parentPath));
    fill(m_label);
    m_name->setFocus(Qt::OtherFocusReason);
}

void LabelForm::clearForm()
{
    m_label = core::Label{};
    m_new = false;
    m_parentPath.clear();
    m_heading->setText(tr("Label"));
    m_path->setText(tr("Choose a label in the tree, or add one."));
    fill(m_label);
}

void LabelForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void LabelForm::updateEnabled()
{
    const bool editing = !m_readOnly && (m_new || m_label.id != 0);
    for (QLineEdit *line : {m_name, m_hotkey, m_english, m_aliases, m_color})
        line->setReadOnly(!editing);
    m_guideline->setReadOnly(!editing);
    m_tier->setEnabled(editing);
    m_deprecated->setEnabled(editing);
    const bool spans = m_field.kind == core::FieldKind::Spans;
    m_color->setEnabled(spans);
    m_colorButton->setEnabled(editing && spans);
    m_color->setToolTip(spans ? QString() : tr("Colours are for span fields"));
    m_save->setEnabled(editing);
    m_revert->setEnabled(editing);
}

core::Label LabelForm::edited() const
{
    core::Label label = m_label;
    label.name = stdstr(m_name->text().trimmed());
    label.hotkey = stdstr(m_hotkey->text().trimmed());
    label.english = stdstr(m_english->text().trimmed());
    label.aliases = parseAliases(m_aliases->text());
    label.tier = static_cast<core::LabelTier>(m_tier->currentData().toInt());
    label.deprecated = m_deprecated->isChecked();
    label.color = stdstr(m_color->text().trimmed());
    label.guideline = stdstr(m_guideline->toPlainText().trimmed());
    return label;
}

void LabelForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace assay::gui
