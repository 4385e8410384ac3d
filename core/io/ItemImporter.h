#pragma once

#include "error/Error.h"
#include "io/ImportOptions.h"

#include <string>
#include <vector>

namespace assay::core {

class Project;

/// What an import did, or why it did nothing.
struct ImportReport {
    bool ok = false;
    Error failure; ///< when !ok: the reason nothing was imported
    std::int64_t batchId = 0;
    std::int64_t imported = 0;
    std::int64_t rejected = 0;       ///< bad rows (skipped with skipBad, fatal otherwise)
    std::int64_t duplicateTexts = 0; ///< texts seen before (imported unless skipped)
    std::int64_t duplicateIds = 0;   ///< external ids seen before (imported unless skipped)
    std::int64_t skippedDuplicates = 0;
    std::vector<Error> warnings;  ///< the first kMaxListed duplicates, file:line each
    std::vector<Error> rowErrors; ///< the first kMaxListed rejected rows, file:line each
    std::string format;
    std::string encoding;
    std::string sha256;
    double seconds = 0;

    static constexpr std::size_t kMaxListed = 1000;
};

/// Imports items from a file into a project as one batch, all-or-nothing unless bad rows
/// are to be skipped. Parsing runs on a second thread while this one writes to SQLite.
/// On any failure, cancellation or a full disk the project is left exactly as it was.
class ItemImporter
{
public:
    explicit ItemImporter(Project &project);
    ImportReport run(const ImportOptions &options, const ProgressCallback &progress = {});

private:
    Project &m_project;
};

} // namespace assay::core
