#pragma once

#include "items/ItemState.h"

#include <cstdint>
#include <optional>
#include <string>

namespace assay::core {

/// One piece of text to label, with where it came from.
struct Item {
    std::int64_t id = 0;
    std::optional<std::string> externalId;
    std::string text;
    std::string meta;        ///< a JSON object as text, or empty for none
    std::int64_t length = 0; ///< in code points
    std::uint64_t contentHash = 0;
    std::int64_t batchId = 0;
    ItemState state = ItemState::New;
    std::optional<double> uncertainty; ///< the model's, when it has predicted
};

/// 63-bit content hash of a text, used to find duplicate texts. Fast (it runs for every
/// imported item) and stable across platforms and versions: stored hashes stay valid.
std::uint64_t contentHash(std::string_view text);

} // namespace assay::core
