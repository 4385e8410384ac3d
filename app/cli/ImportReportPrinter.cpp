#include "Verbs.h"
#include "io/ItemImporter.h"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace assay::cli {

int reportImport(CommandContext &context, const core::ImportReport &report, const char *what)
{
    for (const core::Error &error : report.rowErrors)
        context.err << "assay: " << error.toString() << "\n";
    if (report.rejected > static_cast<std::int64_t>(report.rowErrors.size()))
        context.err << "assay: … and "
                    << report.rejected - static_cast<std::int64_t>(report.rowErrors.size())
                    << " more rejected rows\n";
    const std::size_t shownWarnings = std::min<std::size_t>(report.warnings.size(), 20);
    for (std::size_t i = 0; i < shownWarnings; ++i)
        context.err << "warning: " << report.warnings[i].toString() << "\n";
    if (static_cast<std::size_t>(report.duplicateTexts + report.duplicateIds) > shownWarnings)
        context.err << "warning: " << report.duplicateTexts << " duplicate texts and "
                    << report.duplicateIds << " duplicate ids in all\n";
    if (!report.ok)
        return fail(context, report.failure);
    context.out << "imported " << report.imported << " " << what;
    if (report.batchId)
        context.out << " as batch " << report.batchId;
    context.out << " (" << report.format << ", " << report.encoding;
    if (report.rejected)
        context.out << ", " << report.rejected << " bad rows skipped";
    if (report.duplicateTexts)
        context.out << ", " << report.duplicateTexts << " duplicate texts";
    if (report.duplicateIds)
        context.out << ", " << report.duplicateIds << " duplicate ids";
    if (report.skippedDuplicates)
        context.out << ", " << report.skippedDuplicates << " duplicates skipped";
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.2f", report.seconds);
    context.out << ", " << seconds << " s)\n";
    return kExitOk;
}

} // namespace assay::cli
