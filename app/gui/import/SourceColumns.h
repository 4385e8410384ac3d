#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"

#include <string>
#include <vector>

namespace assay::gui {

/// The columns (CSV, TSV) or members (JSON Lines) an input file offers for an item's text and
/// id, read from its header row or its first lines, with a guess at which holds the text and
/// which the id. Plain text offers none.
struct SourceColumns {
    std::vector<std::string> names; ///< in file order; nested JSON members as "outer.inner"
    std::string textGuess; ///< "text" when present, else the column with the longest values
    std::string idGuess;   ///< "id" when present, else a column named like an id; "" for none

    /// How many rows are sampled for the guesses.
    static constexpr int kSampleRows = 20;

    /// Reads the columns of `options.path` in `options.format` (Auto goes by extension) and
    /// `options.encoding`. Fails with the file and line when the header cannot be read.
    static core::Result<SourceColumns> read(const core::ImportOptions &options);

    bool contains(const std::string &name) const;
};

} // namespace assay::gui
