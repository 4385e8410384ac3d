#pragma once

#include "schema/Field.h"
#include "schema/SchemaEdits.h"

#include <QDialog>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeView;

namespace assay::gui {

class FieldDialog;
class LabelForm;
class LabelTreeModel;
class ProjectSession;

/// Edits the project's schema: its fields (add; name, description, overlap rule), each
/// field's label tree (add a child or a sibling, rename, hotkey, guideline, aliases, English
/// name, tier, deprecated, span colour) and taxonomy imports from CSV or JSON. Every change
/// is stored at once and recorded in the audit log; refusals (a hotkey already taken, a name
/// already there) are explained beside the form. Only administrators change anything;
/// others see the schema read-only. The tree is read lazily, so that a 6,400-leaf taxonomy
/// opens at once.
///
/// Widgets: schemaFieldList, schemaAddFieldButton, schemaEditFieldButton, schemaLabelTree,
/// schemaLabelFind, schemaAddChildButton, schemaAddSiblingButton, schemaImportButton,
/// schemaStatus, and the label form's (see LabelForm).
class SchemaEditor : public QDialog
{
    Q_OBJECT

public:
    explicit SchemaEditor(ProjectSession &session, QWidget *parent = nullptr);
    ~SchemaEditor() override;

    /// Whether the schema was changed while the editor was open.
    bool hasChanges() const { return m_changed; }
    bool isReadOnly() const { return m_readOnly; }

    /// Shows field `fieldId` (when it exists).
    void selectField(std::int64_t fieldId);
    /// Selects label `labelId` of the shown field, opening its branch.
    void selectLabel(std::int64_t labelId);
    /// Imports the taxonomy file at `path` into the shown field (Import Taxonomy… asks for
    /// the file, then calls this).
    bool importTaxonomy(const QString &path);

    LabelTreeModel *labelModel() const { return m_model; }
    LabelForm *labelForm() const { return m_form; }
    QTreeView *labelTree() const { return m_tree; }
    /// The Add/Edit Field dialog while it is open (tests fill it in), else nullptr.
    FieldDialog *fieldDialog() const { return m_fieldDialog; }

private:
    QWidget *buildFieldPanel();
    QWidget *buildLabelPanel();
    void loadFields(std::int64_t selectId);
    void fieldChosen();
    void labelChosen();
    void reloadTree(std::int64_t selectId);
    void startNewLabel(bool asChild);
    void saveLabel();
    void openFieldDialog(bool editCurrent);
    void fieldDialogDone(int result);
    void chooseTaxonomyFile();
    void findLabel();
    void updateButtons();
    void showStatus(const QString &message, bool error = false);
    const core::Field *currentField() const;

    ProjectSession &m_session;
    SchemaEdits m_edits;
    std::vector<core::Field> m_fields;
    bool m_readOnly = false;
    bool m_changed = false;
    QListWidget *m_fieldList = nullptr;
    QLabel *m_fieldInfo = nullptr;
    QPushButton *m_addField = nullptr;
    QPushButton *m_editField = nullptr;
    QLineEdit *m_find = nullptr;
    QTreeView *m_tree = nullptr;
    LabelTreeModel *m_model = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_addSibling = nullptr;
    QPushButton *m_import = nullptr;
    LabelForm *m_form = nullptr;
    QLabel *m_status = nullptr;
    FieldDialog *m_fieldDialog = nullptr;
};

} // namespace assay::gui
