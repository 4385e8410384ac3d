#include "schema/SchemaEditor.h"

#include "project/CoreStrings.h"
#include "project/ProjectSession.h"
#include "schema/FieldDialog.h"
#include "schema/LabelForm.h"
#include "schema/LabelPath.h"
#include "schema/LabelTreeModel.h"
#include "window/FilePrompt.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <unordered_set>

namespace assay::gui {
namespace {

QString kindText(core::FieldKind kind)
{
    switch (kind) {
    case core::FieldKind::SingleChoice:
        return SchemaEditor::tr("single choice");
    case core::FieldKind::MultiChoice:
        return SchemaEditor::tr("multiple choice");
    case core::FieldKind::Spans:
        return SchemaEditor::tr("spans");
    }
    return {};
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionCaption"));
    return label;
}

} // namespace

SchemaEditor::SchemaEditor(ProjectSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_edits(session)
    , m_readOnly(!session.hasUser() || !session.user().hasRole(core::Role::Admin))
{
    setObjectName(QStringLiteral("schemaEditor"));
    setWindowTitle(tr("Schema — %1").arg(session.projectName()));
    auto *layout = new QVBoxLayout(this);
    if (m_readOnly) {
        auto *note = new QLabel(tr("Only administrators can change the schema; it is shown "
                                   "here read-only."),
                                this);
        note->setObjectName(QStringLiteral("hintText"));
        layout->addWidget(note);
    }
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("schemaSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildFieldPanel());
    splitter->addWidget(buildLabelPanel());
    m_form = new LabelForm(splitter);
    m_form->setReadOnly(m_readOnly);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({220, 520, 420});
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_form, &LabelForm::saveRequested, this, &SchemaEditor::saveLabel);

    // Enter belongs to the form being edited, never to whichever button was clicked last.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    loadFields(0);
    resize(1200, 740);
}

SchemaEditor::~SchemaEditor() = default;

QWidget *SchemaEditor::buildFieldPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption(tr("Fields"), panel));
    m_fieldList = new QListWidget(panel);
    m_fieldList->setObjectName(QStringLiteral("schemaFieldList"));
    layout->addWidget(m_fieldList, 1);
    m_fieldInfo = new QLabel(panel);
    m_fieldInfo->setObjectName(QStringLiteral("hintText"));
    m_fieldInfo->setWordWrap(true);
    layout->addWidget(m_fieldInfo);
    auto *row = new QHBoxLayout;
    m_addField = new QPushButton(tr("Add &Field…"), panel);
    m_addField->setObjectName(QStringLiteral("schemaAddFieldButton"));
    m_editField = new QPushButton(tr("&Edit…"), panel);
    m_editField->setObjectName(QStringLiteral("schemaEditFieldButton"));
    row->addWidget(m_addField);
    row->addWidget(m_editField);
    layout->addLayout(row);
    connect(m_fieldList, &QListWidget::currentRowChanged, this, &SchemaEditor::fieldChosen);
    connect(m_addField, &QPushButton::clicked, this, [this] { openFieldDialog(false); });
    connect(m_editField, &QPushButton::clicked, this, [this] { openFieldDialog(true); });
    return panel;
}

QWidget *SchemaEditor::buildLabelPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(caption(tr("Labels"), panel));
    top->addStretch(1);
    m_find = new QLineEdit(panel);
    m_find->setObjectName(QStringLiteral("schemaLabelFind"));
    m_find->setPlaceholderText(tr("Find a label (Enter for the next)"));
    m_find->setClearButtonEnabled(true);
    top->addWidget(m_find, 2);
    layout->addLayout(top);

    m_model = new LabelTreeModel(this);
    m_tree = new QTreeView(panel);
    m_tree->setObjectName(QStringLiteral("schemaLabelTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // keeps a tree of thousands of rows instant
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(LabelTreeModel::NameColumn, 220);
    m_tree->setColumnWidth(LabelTreeModel::HotkeyColumn, 64);
    m_tree->setColumnWidth(LabelTreeModel::EnglishColumn, 130);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    m_addChild = new QPushButton(tr("Add &Child"), panel);
    m_addChild->setObjectName(QStringLiteral("schemaAddChildButton"));
    m_addSibling = new QPushButton(tr("Add Si&bling"), panel);
    m_addSibling->setObjectName(QStringLiteral("schemaAddSiblingButton"));
    m_import = new QPushButton(tr("&Import Taxonomy…"), panel);
    m_import->setObjectName(QStringLiteral("schemaImportButton"));
    m_import->setToolTip(tr("Add labels from a CSV file (one column per level) or a JSON tree"));
    buttons->addWidget(m_addChild);
    buttons->addWidget(m_addSibling);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    layout->addLayout(buttons);
    m_count = new QLabel(panel);
    m_count->setObjectName(QStringLiteral("hintText"));
    layout->addWidget(m_count);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SchemaEditor::labelChosen);
    connect(m_addChild, &QPushButton::clicked, this, [this] { startNewLabel(true); });
    connect(m_addSibling, &QPushButton::clicked, this, [this] { startNewLabel(false); });
    connect(m_import, &QPushButton::clicked, this, &SchemaEditor::chooseTaxonomyFile);
    connect(m_find, &QLineEdit::returnPressed, this, &SchemaEditor::findLabel);
    return panel;
}

const core::Field *SchemaEditor::currentField() const
{
    const int row = m_fieldList->currentRow();
    return row >= 0 && row < static_cast<int>(m_fields.size())
               ? &m_fields[static_cast<std::size_t>(row)]
               : nullptr;
}

void SchemaEditor::loadFields(std::int64_t selectId)
{
    auto fields = m_session.project().schema().fields();
    if (!fields) {
        showStatus(errorText(fields.error()), true);
        return;
    }
    if (selectId == 0 && currentField())
        selectId = currentField()->id;
    m_fields = std::move(fields).value();
    m_fieldList->blockSignals(true);
    m_fieldList->clear();
    int selectRow = m_fields.empty() ? -1 : 0;
    for (const core::Field &field : m_fields) {
        auto *item = new QListWidgetItem(tr("%1  (%2)").arg(qstr(field.name), kindText(field.kind)),
                                         m_fieldList);
        item->setToolTip(qstr(field.description));
        if (field.id == selectId)
            selectRow = m_fieldList->count() - 1;
    }
    m_fieldList->setCurrentRow(selectRow);
    m_fieldList->blockSignals(false);
    fieldChosen();
}

void SchemaEditor::selectField(std::int64_t fieldId)
{
    for (std::size_t i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].id == fieldId)
            m_fieldList->setCurrentRow(static_cast<int>(i));
}

void SchemaEditor::fieldChosen()
{
    const core::Field *field = currentField();
    if (!field) {
        m_fieldInfo->setText(m_fields.empty() ? tr("The project has no fields yet. Add one to "
                                                   "ask something of every item.")
                                              : QString());
    } else {
        QString info = kindText(field->kind);
        if (field->kind == core::FieldKind::Spans)
            info += QStringLiteral(" · ") +
                    (field->allowOverlap ? tr("may overlap") : tr("no overlap"));
        if (!field->description.empty())
            info += QStringLiteral("\n") + qstr(field->description);
        m_fieldInfo->setText(info);
    }
    m_form->clearForm();
    reloadTree(0);
}

void SchemaEditor::reloadTree(std::int64_t selectId)
{
    const core::Field *field = currentField();
    // Branches open before the reload stay open: label ids survive renames.
    std::vector<std::int64_t> expanded;
    if (const core::Taxonomy *shown = m_model->taxonomy();
        shown && field && shown->field().id == field->id) {
        std::vector<QModelIndex> pending{QModelIndex()};
        while (!pending.empty()) {
            const QModelIndex parent = pending.back();
            pending.pop_back();
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QModelIndex child = m_model->index(row, 0, parent);
                if (m_tree->isExpanded(child)) {
                    expanded.push_back(LabelTreeModel::labelId(child));
                    pending.push_back(child);
                }
            }
        }
    }
    std::shared_ptr<const core::Taxonomy> taxonomy;
    if (field) {
        auto loaded = m_session.project().schema().taxonomy(field->id);
        if (loaded)
            taxonomy = *loaded;
        else
            showStatus(errorText(loaded.error()), true);
    }
    m_model->setTaxonomy(taxonomy);
    for (std::int64_t id : expanded)
        m_tree->expand(m_model->indexOf(id));
    if (taxonomy)
        m_count->setText(tr("%n label(s)", nullptr, static_cast<int>(taxonomy->size())) +
                         QStringLiteral(" · ") +
                         tr("%n leaf/leaves", nullptr, static_cast<int>(taxonomy->leafCount())));
    else
        m_count->clear();
    if (selectId != 0)
        selectLabel(selectId);
    updateButtons();
}

void SchemaEditor::selectLabel(std::int64_t labelId)
{
    const core::Taxonomy *taxonomy = m_model->taxonomy();
    if (!taxonomy || !taxonomy->byId(labelId))
        return;
    for (const core::Label *ancestor : taxonomy->lineage(labelId))
        if (ancestor->id != labelId)
            m_tree->expand(m_model->indexOf(ancestor->id));
    const QModelIndex index = m_model->indexOf(labelId);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void SchemaEditor::labelChosen()
{
    const core::Field *field = currentField();
    const core::Label *label = m_model->label(m_tree->currentIndex());
    if (field && label)
        m_form->showLabel(*field, *label);
    else
        m_form->clearForm();
    updateButtons();
}

void SchemaEditor::startNewLabel(bool asChild)
{
    const core::Field *field = currentField();
    if (!field || m_readOnly)
        return;
    const core::Label *selected = m_model->label(m_tree->currentIndex());
    std::string parent;
    if (selected)
        parent = asChild ? selected->path : core::parentLabelPath(selected->path);
    m_form->startNew(*field, parent);
    showStatus(QString());
}

void SchemaEditor::saveLabel()
{
    const core::Field *field = currentField();
    if (!field || m_readOnly || m_form->isEmpty())
        return;
    const core::Label edited = m_form->edited();
    std::int64_t id = edited.id;
    if (m_form->isNew()) {
        auto added = m_edits.addLabel(field->id, m_form->parentPath(), edited);
        if (!added) {
            m_form->showError(errorText(added.error()));
            return;
        }
        id = *added;
        showStatus(tr("Added “%1”.").arg(qstr(edited.name)));
    } else {
        if (auto saved = m_edits.updateLabel(edited); !saved) {
            m_form->showError(errorText(saved.error()));
            return;
        }
        showStatus(tr("Saved “%1”.").arg(qstr(edited.name)));
    }
    m_changed = true;
    reloadTree(id);
    labelChosen();
}

void SchemaEditor::openFieldDialog(bool editCurrent)
{
    if (m_readOnly || m_fieldDialog)
        return;
    core::Field field;
    if (editCurrent) {
        if (!currentField())
            return;
        field = *currentField();
    }
    // open(), not exec(): the editor stays responsive and tests can fill the dialog in.
    m_fieldDialog = new FieldDialog(field, this);
    m_fieldDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fieldDialog, &QDialog::finished, this, &SchemaEditor::fieldDialogDone);
    m_fieldDialog->open();
}

void SchemaEditor::fieldDialogDone(int result)
{
    FieldDialog *dialog = m_fieldDialog;
    m_fieldDialog = nullptr;
    if (result != QDialog::Accepted || !dialog)
        return;
    const core::Field field = dialog->field();
    if (field.id == 0) {
        auto added = m_edits.addField(field);
        if (!added) {
            showStatus(errorText(added.error()), true);
            return;
        }
        showStatus(tr("Added the field “%1”.").arg(qstr(added->name)));
        m_changed = true;
        loadFields(added->id);
        return;
    }
    if (auto saved = m_edits.updateField(field); !saved) {
        showStatus(errorText(saved.error()), true);
        return;
    }
    showStatus(tr("Saved the field “%1”.").arg(qstr(field.name)));
    m_changed = true;
    loadFields(field.id);
}

void SchemaEditor::chooseTaxonomyFile()
{
    if (m_readOnly || !currentField())
        return;
    const QString path =
        FilePrompt::openFile(this, tr("Import Taxonomy"),
                             QSettings().value(QStringLiteral("schema/lastDirectory")).toString(),
                             tr("Taxonomies (*.csv *.tsv *.json);;All files (*)"));
    if (!path.isEmpty()) {
        QSettings().setValue(QStringLiteral("schema/lastDirectory"),
                             QFileInfo(path).absolutePath());
        importTaxonomy(path);
    }
}

bool SchemaEditor::importTaxonomy(const QString &path)
{
    const core::Field *field = currentField();
    if (m_readOnly || !field)
        return false;
    const std::int64_t fieldId = field->id;
    auto report = m_edits.importTaxonomy(fieldId, path);
    if (!report) {
        showStatus(errorText(report.error()), true);
        return false;
    }
    m_changed = true;
    showStatus(tr("Imported %1: %2 new labels, %3 already there; the field now has %4 leaves.")
                   .arg(QFileInfo(path).fileName())
                   .arg(report->added)
                   .arg(report->existing)
                   .arg(report->leaves));
    reloadTree(0);
    return true;
}

void SchemaEditor::findLabel()
{
    const core::Taxonomy *taxonomy = m_model->taxonomy();
    const QString wanted = m_find->text().trimmed();
    if (!taxonomy || wanted.isEmpty())
        return;
    const auto &labels = taxonomy->labels();
    // Search on from the selected label, in tree order, wrapping round once.
    std::size_t start = 0;
    if (const core::Label *selected = m_model->label(m_tree->currentIndex()))
        start = static_cast<std::size_t>(selected - labels.data()) + 1;
    for (std::size_t step = 0; step < labels.size(); ++step) {
        const core::Label &label = labels[(start + step) % labels.size()];
        if (qstr(label.path).contains(wanted, Qt::CaseInsensitive) ||
            qstr(label.english).contains(wanted, Qt::CaseInsensitive)) {
            selectLabel(label.id);
            showStatus(QString());
            return;
        }
    }
    showStatus(tr("No label matches “%1”.").arg(wanted));
}

void SchemaEditor::updateButtons()
{
    const bool field = currentField() != nullptr;
    const bool selected = m_model->label(m_tree->currentIndex()) != nullptr;
    m_addField->setEnabled(!m_readOnly);
    m_editField->setEnabled(!m_readOnly && field);
    m_addChild->setEnabled(!m_readOnly && field && selected);
    m_addSibling->setEnabled(!m_readOnly && field);
    m_import->setEnabled(!m_readOnly && field);
}

void SchemaEditor::showStatus(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
    m_status->setText(message);
}

} // namespace assay::gui
