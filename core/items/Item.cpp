#include "items/Item.h"

#include "io/Sha256.h"

namespace assay::core {

std::uint64_t contentHash(std::string_view text)
{
    const auto digest = Sha256::digest(text);
    std::uint64_t hash = 0;
    for (int i = 0; i < 8; ++i)
        hash = (hash << 8) | digest[i];
    // Stored in a signed SQLite INTEGER: keep the top bit clear so it reads back unchanged.
    return hash >> 1;
}

} // namespace assay::core
