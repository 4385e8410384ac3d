#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace assay::gui {

/// One row of an import preview: an item as it will be stored, or the reason the row will
/// be rejected.
struct PreviewRow {
    std::int64_t line = 0; ///< where the row starts in the file
    QString text;
    QString id;       ///< the external id, or empty
    QString metadata; ///< the item's metadata as JSON object text, or empty
    QString error;    ///< "file:line: reason" when the row is bad; the rest is then empty
    bool isError() const { return !error.isEmpty(); }
};

/// The first rows of an input file read exactly as the importer reads them (the core's
/// ItemSource with the same options), so what the preview shows is what will be imported.
struct ImportPreview {
    std::vector<PreviewRow> rows;
    bool complete = false; ///< the whole file fit in the preview
    QString format;        ///< the format used ("jsonl", "csv", …)
    QString encoding;      ///< the encoding found or used

    /// Reads up to `maxRows` rows (items and bad rows). Fails when the file cannot be opened
    /// or its header does not name the chosen columns.
    static core::Result<ImportPreview> read(const core::ImportOptions &options, int maxRows = 50);
};

} // namespace assay::gui
