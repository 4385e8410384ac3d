#pragma once

#include "error/Result.h"

namespace assay::core {

class Database;

/// The schema version this build of Assay writes. Files with a higher version are refused.
inline constexpr int kSchemaVersion = 3;

/// SQLite application_id of an Assay project ("ASY1"), set at creation and checked at open.
inline constexpr int kApplicationId = 0x41535931;

/// Brings a database at any older schema version up to kSchemaVersion, one step per version,
/// each in its own transaction. An empty database is initialised from scratch.
/// A newer version, or a file that is not an Assay project, is refused without changes.
Status migrate(Database &db, const std::string &displayName);

} // namespace assay::core
