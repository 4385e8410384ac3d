#pragma once

#include "error/Result.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace assay::core {

class SchemaStore;

/// The whole schema as JSON: {"assay_schema": 1, "fields": [{"name", "kind", "allow_overlap",
/// "leaves_only", "description", "labels": [{"name", "children", attributes…}]}]}.
/// Attributes at their defaults are left out; order is the tree order, so the output is stable.
Result<nlohmann::ordered_json> schemaToJson(SchemaStore &schema);

/// Adds the fields and labels of a schema document (as written by schemaToJson) to the
/// project, all-or-nothing. Existing fields must have the same kind; labels are merged.
Status importSchemaJson(SchemaStore &schema, const nlohmann::ordered_json &document,
                        const std::string &sourceName);

/// Whether a parsed JSON document looks like a full schema rather than one taxonomy.
bool isSchemaDocument(const nlohmann::ordered_json &document);

} // namespace assay::core
