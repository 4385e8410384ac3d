#include "annotate/SkipDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace assay::gui {

SkipDialog::SkipDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("skipDialog"));
    setWindowTitle(tr("Skip Item"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Why skip this item? It leaves your queue; a reviewer "
                                    "can see the reason."),
                                 this));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("skipReason"));
    m_reason->setEditable(true);
    m_reason->addItems({tr("The text is unclear or garbled"), tr("No label fits"),
                        tr("Needs an expert"), tr("Duplicate of another item"),
                        tr("Not in the project's language")});
    m_reason->setCurrentIndex(0);
    m_reason->lineEdit()->selectAll();
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Skip"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SkipDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SkipDialog::reject);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString SkipDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void SkipDialog::accept()
{
    if (reason().isEmpty()) {
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace assay::gui
