#pragma once

#include "error/Result.h"
#include "schema/Label.h"

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace assay::core {

/// Reads a taxonomy from CSV: a header row, then one row per label path with one column
/// per level (e.g. 一级分类,二级分类,三级分类). Columns named aliases, guideline, hotkey,
/// english, tier, deprecated or color are attributes of the row's deepest label; every
/// other column is a level. Leaf names that repeat under different parents stay distinct.
Result<std::vector<LabelSpec>> readTaxonomyCsv(const std::string &path,
                                               const std::string &encoding = "auto");

/// Reads a taxonomy from JSON: a list of nodes {"name", "children", attributes…}, nodes
/// whose children are given as an object keyed by name, or a plain nested map
/// {"a": {"b": ["c", "d"]}}. Also accepts {"labels": [...]}.
Result<std::vector<LabelSpec>> readTaxonomyJson(const std::string &path);

/// Turns a parsed JSON tree (as accepted by readTaxonomyJson) into label specs.
Result<std::vector<LabelSpec>> taxonomyFromJson(const nlohmann::ordered_json &tree,
                                                const std::string &sourceName);

/// Reads by extension: .csv/.tsv as CSV, anything else as JSON.
Result<std::vector<LabelSpec>> readTaxonomy(const std::string &path);

} // namespace assay::core
