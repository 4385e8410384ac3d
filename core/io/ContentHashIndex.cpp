#include "io/ContentHashIndex.h"

namespace assay::core {
namespace {

std::size_t capacityFor(std::size_t expected)
{
    std::size_t capacity = 1024;
    while (capacity < expected * 2)
        capacity *= 2;
    return capacity;
}

} // namespace

ContentHashIndex::ContentHashIndex(std::size_t expected)
    : m_slots(capacityFor(expected))
{}

std::int64_t ContentHashIndex::insert(std::uint64_t hash, std::int64_t where)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    // The hash is already uniformly distributed (it comes from SHA-256).
    for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.where == 0) {
            slot.hash = hash;
            slot.where = where;
            ++m_size;
            return 0;
        }
        if (slot.hash == hash)
            return slot.where;
    }
}

void ContentHashIndex::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_size = 0;
    for (const Slot &slot : old)
        if (slot.where != 0)
            insert(slot.hash, slot.where);
}

} // namespace assay::core
