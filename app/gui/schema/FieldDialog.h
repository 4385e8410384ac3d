#pragma once

#include "schema/Field.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace assay::gui {

/// Asks for a field's name, kind (single choice, multiple choice, spans), description and
/// rules (whether spans may overlap; whether only leaves may be chosen). For an existing
/// field the kind is shown but fixed. Widgets: fieldNameEdit, fieldKindCombo,
/// fieldDescriptionEdit, fieldOverlapCheck, fieldLeavesOnlyCheck.
class FieldDialog : public QDialog
{
    Q_OBJECT

public:
    /// A dialog for a new field (`field.id` == 0) or for editing `field`.
    explicit FieldDialog(const core::Field &field, QWidget *parent = nullptr);

    /// The field with the dialog's values.
    core::Field field() const;

private:
    void updateRules();

    core::Field m_field;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_description = nullptr;
    QCheckBox *m_overlap = nullptr;
    QCheckBox *m_leavesOnly = nullptr;
};

} // namespace assay::gui
