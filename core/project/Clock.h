#pragma once

#include <cstdint>
#include <string>

namespace assay::core {

/// The current time as Unix milliseconds (UTC). Every stored timestamp uses this unit.
std::int64_t nowMillis();

/// "2026-11-21T08:30:05.123Z" for a Unix-millisecond time.
std::string isoTime(std::int64_t millis);

} // namespace assay::core
