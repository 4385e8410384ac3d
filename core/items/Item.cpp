#include "items/Item.h"

#include <cstring>

namespace assay::core {
namespace {

constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
constexpr std::uint64_t kMix = 0xD6E8FEB86659FD93ULL;

inline std::uint64_t mix(std::uint64_t value)
{
    value ^= value >> 32;
    value *= kMix;
    value ^= value >> 29;
    return value;
}

} // namespace

std::uint64_t contentHash(std::string_view text)
{
    // Eight bytes at a time, each word mixed before it is folded in; then a final mix so that
    // every input bit reaches every output bit. Little-endian word order is fixed explicitly
    // so the value does not depend on the machine.
    std::uint64_t hash = kMultiplier ^ (text.size() * kMix);
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    std::size_t left = text.size();
    auto load = [](const unsigned char *p, std::size_t n) {
        std::uint64_t word = 0;
        for (std::size_t i = 0; i < n; ++i)
            word |= static_cast<std::uint64_t>(p[i]) << (8 * i);
        return word;
    };
    while (left >= 8) {
        hash = (hash ^ mix(load(bytes, 8) * kMultiplier)) * kMultiplier;
        bytes += 8;
        left -= 8;
    }
    if (left > 0)
        hash = (hash ^ mix(load(bytes, left) * kMultiplier + left)) * kMultiplier;
    // Stored in a signed SQLite INTEGER: keep the top bit clear so it reads back unchanged.
    return mix(hash) >> 1;
}

} // namespace assay::core
