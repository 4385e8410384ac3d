#pragma once

#include "error/Result.h"
#include "model/LabelledDataReader.h"
#include "model/TrainingFile.h"
#include "schema/Field.h"

#include <string>
#include <vector>

namespace assay::core {

class Project;
class Taxonomy;

/// Labelled examples for one field and where they came from.
struct TrainingData {
    std::vector<LabelledExample> examples; ///< labels are the field's label ids
    std::int64_t fromGold = 0;             ///< items with a value in the gold table
    std::int64_t fromAccepted = 0;         ///< accepted or gold items whose annotators agree
    std::int64_t fromFiles = 0;            ///< rows of outside labelled files
    std::int64_t conflicting = 0;          ///< accepted or gold items left out: annotators disagree

    /// What people decided for `field`: the gold table's values, then the current human
    /// annotations of items in state Accepted or Gold that have no gold value (when their
    /// annotators agree). Labels that are no longer selectable are left out.
    static Result<TrainingData> fromProject(Project &project, const Field &field);

    /// Adds the rows of a labelled JSONL, CSV or TSV file, resolving each label by path or
    /// unique name in `taxonomy`. An unknown or unselectable label is an error naming file
    /// and line; then nothing is added.
    Status addLabelledFile(const LabelledFile &file, const Taxonomy &taxonomy);
};

} // namespace assay::core
