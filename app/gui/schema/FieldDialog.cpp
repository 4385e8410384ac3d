#include "schema/FieldDialog.h"

#include "project/CoreStrings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace assay::gui {

FieldDialog::FieldDialog(const core::Field &field, QWidget *parent)
    : QDialog(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("fieldDialog"));
    setWindowTitle(field.id == 0 ? tr("Add Field") : tr("Edit Field"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(qstr(field.name), this);
    m_name->setObjectName(QStringLiteral("fieldNameEdit"));
    m_name->setPlaceholderText(tr("e.g. 类别 or entities"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("fieldKindCombo"));
    m_kind->addItem(tr("Single choice: one label per item"),
                    static_cast<int>(core::FieldKind::SingleChoice));
    m_kind->addItem(tr("Multiple choice: any number of labels"),
                    static_cast<int>(core::FieldKind::MultiChoice));
    m_kind->addItem(tr("Spans: labelled stretches of the text"),
                    static_cast<int>(core::FieldKind::Spans));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(field.kind)));
    m_kind->setEnabled(field.id == 0);
    form->addRow(tr("&Kind:"), m_kind);
    m_description = new QLineEdit(qstr(field.description), this);
    m_description->setObjectName(QStringLiteral("fieldDescriptionEdit"));
    m_description->setPlaceholderText(tr("What annotators are asked, in a sentence"));
    form->addRow(tr("&Description:"), m_description);
    m_overlap = new QCheckBox(tr("Spans may &overlap"), this);
    m_overlap->setObjectName(QStringLiteral("fieldOverlapCheck"));
    m_overlap->setChecked(field.allowOverlap);
    form->addRow(QString(), m_overlap);
    m_leavesOnly = new QCheckBox(tr("Only &leaves of the label tree may be chosen"), this);
    m_leavesOnly->setObjectName(QStringLiteral("fieldLeavesOnlyCheck"));
    m_leavesOnly->setChecked(field.leavesOnly);
    form->addRow(QString(), m_leavesOnly);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setDefault(true);
    ok->setEnabled(!m_name->text().trimmed().isEmpty());
    connect(m_name, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FieldDialog::updateRules);
    updateRules();
    setMinimumWidth(460);
}

void FieldDialog::updateRules()
{
    const bool spans =
        static_cast<core::FieldKind>(m_kind->currentData().toInt()) == core::FieldKind::Spans;
    m_overlap->setVisible(spans);
    m_leavesOnly->setVisible(!spans);
}

core::Field FieldDialog::field() const
{
    core::Field field = m_field;
    field.name = stdstr(m_name->text().trimmed());
    field.kind = static_cast<core::FieldKind>(m_kind->currentData().toInt());
    field.description = stdstr(m_description->text().trimmed());
    field.allowOverlap = m_overlap->isChecked();
    field.leavesOnly = m_leavesOnly->isChecked();
    return field;
}

} // namespace assay::gui
