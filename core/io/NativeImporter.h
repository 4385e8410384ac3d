#pragma once

#include "io/ImportOptions.h"
#include "io/ItemImporter.h"

namespace assay::core {

class Project;

/// Imports a file written by JsonlExporter into a project whose schema has the same fields
/// and labels: items with their external ids and metadata, every annotation version with
/// its author, time and time spent, gold values and item states. Users named in the file
/// that the project lacks are added as annotators; model authors are registered by kind and
/// version. All-or-nothing; errors name file and line. Export → import → export gives the
/// same file.
class NativeImporter
{
public:
    explicit NativeImporter(Project &project);
    ImportReport run(const ImportOptions &options, const ProgressCallback &progress = {});

private:
    Project &m_project;
};

} // namespace assay::core
