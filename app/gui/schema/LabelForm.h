#pragma once

#include "schema/Field.h"
#include "schema/Label.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace assay::gui {

/// The schema editor's form for one label: name, hotkey, English name, aliases, tier,
/// deprecated, colour (span fields) and guideline. It edits a stored label, or a new one to
/// be added under a parent; Save (or Enter in a line) asks for the change to be made, the
/// editor makes it and reports refusals back through showError(). Widgets: labelNameEdit,
/// labelHotkeyEdit, labelEnglishEdit, labelAliasesEdit, labelTierCombo, labelDeprecatedCheck,
/// labelColorEdit, labelGuidelineEdit, labelSaveButton, labelRevertButton, labelFormError.
class LabelForm : public QWidget
{
    Q_OBJECT

public:
    explicit LabelForm(QWidget *parent = nullptr);

    /// Edits stored `label` of `field`.
    void showLabel(const core::Field &field, const core::Label &label);
    /// Starts a new label of `field` under `parentPath` ("" for the top level); the name has
    /// the focus.
    void startNew(const core::Field &field, const std::string &parentPath);
    /// Shows nothing (no label chosen).
    void clearForm();
    /// Read-only: everything shown, nothing can be changed.
    void setReadOnly(bool readOnly);

    bool isNew() const { return m_new; }
    bool isEmpty() const { return !m_new && m_label.id == 0; }
    const std::string &parentPath() const { return m_parentPath; }
    /// The label with the form's values (id, field and position from the one shown).
    core::Label edited() const;

    void showError(const QString &message);

    /// Aliases as typed: separated by commas (either width), "、", ";" or "|".
    static std::vector<std::string> parseAliases(const QString &text);

signals:
    void saveRequested();

private:
    void fill(const core::Label &label);
    void updateEnabled();

    core::Field m_field;
    core::Label m_label;
    std::string m_parentPath;
    bool m_new = false;
    bool m_readOnly = false;
    QLabel *m_heading = nullptr;
    QLabel *m_path = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_hotkey = nullptr;
    QLineEdit *m_english = nullptr;
    QLineEdit *m_aliases = nullptr;
    QComboBox *m_tier = nullptr;
    QCheckBox *m_deprecated = nullptr;
    QLineEdit *m_color = nullptr;
    QPushButton *m_colorButton = nullptr;
    QPlainTextEdit *m_guideline = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace assay::gui
