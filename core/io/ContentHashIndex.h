#pragma once

#include <cstdint>
#include <vector>

namespace assay::core {

/// A compact open-addressing map from 64-bit content hashes to where the text was seen
/// (a positive line number in the input, or a negative item id already in the project).
/// 16 bytes a slot: a million texts cost about 32 MB, a tenth of std::unordered_map.
class ContentHashIndex
{
public:
    explicit ContentHashIndex(std::size_t expected = 1024);

    /// Records `hash` at `where` unless present; returns the earlier place, or 0 if new.
    std::int64_t insert(std::uint64_t hash, std::int64_t where);
    std::size_t size() const { return m_size; }

private:
    void grow();

    struct Slot {
        std::uint64_t hash = 0;
        std::int64_t where = 0; ///< 0 marks an empty slot
    };
    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

} // namespace assay::core
