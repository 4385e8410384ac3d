#pragma once

#include "io/ImportOptions.h"
#include "io/ItemImporter.h"

#include <optional>
#include <string>

namespace assay::core {

class Project;

/// Existing labels to load as annotations.
struct AnnotationImportOptions {
    std::string path;
    std::string field;                    ///< may be empty when the project has one field
    std::optional<std::string> userName;  ///< the annotations are this person's…
    std::optional<std::string> modelName; ///< …or a model's, registered under this name
    std::string idField = "id";           ///< member holding the item's external id
    std::string labelField;               ///< default "label" (choices) or "spans" (spans)
    std::string scoreField = "scores";    ///< optional confidences of the labels
    bool skipBad = false;
    std::optional<std::int64_t> actingUserId; ///< who runs the import, for the audit log
};

/// Loads labels from JSONL (one item a line: {"id": …, "label": "path" | [paths], "scores":
/// [...]} or {"id": …, "spans": [[start, end, label], …]}) as versioned annotations of a
/// person or a model, validated against the field. All-or-nothing unless skipBad; every
/// rejected line is reported as file:line. A person's annotations move items on by the
/// workflow policy; a model's mark new items as suggested.
class AnnotationImporter
{
public:
    explicit AnnotationImporter(Project &project);
    ImportReport run(const AnnotationImportOptions &options, const ProgressCallback &progress = {});

private:
    Project &m_project;
};

} // namespace assay::core
