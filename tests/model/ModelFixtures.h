#pragma once

#include "TestSupport.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace assay::test {

/// A generated labelled text: the label is a two-level path such as "体育/足球".
struct LabelledRow {
    std::string text;
    std::string label;
};

/// The leaf paths makeLabelledRows() draws from (two top-level labels, four leaves).
const std::vector<std::string> &fixtureLabels();

/// `count` deterministic texts whose characters depend on their label (so a classifier can
/// learn them) mixed with characters shared by all labels.
std::vector<LabelledRow> makeLabelledRows(std::size_t count, std::uint32_t seed);

/// Writes rows as JSONL {"id", "text", "label"} and returns the path.
std::string writeLabelledJsonl(const TempDir &dir, const std::string &name,
                               const std::vector<LabelledRow> &rows);

/// A project with a single-choice field `fieldName` over fixtureLabels() (or, when the rows
/// have other labels, over the rows' labels in the order they first occur), every row
/// imported as an item, and the first `accepted` items annotated with their label by one
/// annotator "ann" (policy: one annotator per item, so they become Accepted).
std::unique_ptr<core::Project> makeLabelledProject(const TempDir &dir,
                                                   const std::vector<LabelledRow> &rows,
                                                   std::size_t accepted,
                                                   const std::string &fieldName = "topic");

} // namespace assay::test
