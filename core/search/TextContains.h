#pragma once

#include "error/Result.h"

#include <string_view>

namespace assay::core {

class Database;

/// Whether `text` contains `needle` byte for byte; with `ignoreAsciiCase`, ASCII letters match
/// in either case (the needle must then be given in lower case). An empty needle is contained
/// in every text.
bool textContains(std::string_view text, std::string_view needle, bool ignoreAsciiCase);

/// Registers the SQL function assay_contains(text, needle, ignore_ascii_case) on `db`'s
/// connection: textContains() for SQL, several times faster than instr() on long texts.
/// NULL text contains nothing. Registering again is harmless.
Status registerTextContains(Database &db);

} // namespace assay::core
