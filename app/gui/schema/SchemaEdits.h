#pragma once

#include "error/Result.h"
#include "schema/Field.h"
#include "schema/Label.h"
#include "schema/SchemaStore.h"
#include "schema/Taxonomy.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace assay::gui {

class ProjectSession;

/// The schema editor's changes to the open project: fields, labels and taxonomy imports.
/// Each is checked first (names, hotkey clashes within a field, the keys the annotate view
/// keeps for itself), refused with a message for the person when it breaks a rule, recorded
/// in the audit log as the session's user when it is made, and followed by a schema reload
/// so that every view sees it.
class SchemaEdits
{
    Q_DECLARE_TR_FUNCTIONS(assay::gui::SchemaEdits)

public:
    explicit SchemaEdits(ProjectSession &session);

    /// Adds `field`; its name must be new.
    core::Result<core::Field> addField(core::Field field);
    /// Saves a field's name, description and rules (its kind stays).
    core::Status updateField(const core::Field &field);
    /// Adds a label under `parentPath` ("" for the top level) with the attributes of `label`.
    core::Result<std::int64_t> addLabel(std::int64_t fieldId, const std::string &parentPath,
                                        const core::Label &label);
    /// Saves a label's attributes; a new name renames the paths of its whole subtree.
    core::Status updateLabel(const core::Label &label);
    /// Adds the labels of a taxonomy file (CSV or JSON) to the field; paths already there
    /// keep their ids and take the file's attributes.
    core::Result<core::LabelImportReport> importTaxonomy(std::int64_t fieldId, const QString &path);

    /// Why `hotkey` cannot be given to label `labelId` (0 for a new label) of `taxonomy`, or
    /// nullopt when it can. Keys are compared regardless of case.
    static std::optional<QString> hotkeyProblem(const core::Taxonomy &taxonomy,
                                                std::int64_t labelId, const QString &hotkey);

private:
    core::Status check(const core::Taxonomy &taxonomy, std::int64_t labelId,
                       const std::string &parentPath, const core::Label &label);
    void audit(const char *action, const std::string &subject, const std::string &detail);
    core::Status reload();

    ProjectSession &m_session;
};

} // namespace assay::gui
