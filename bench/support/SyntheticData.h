#pragma once

#include "schema/Label.h"

#include <cstdint>
#include <string>
#include <vector>

namespace assay::bench {

/// A small deterministic random generator (splitmix64): the same seed gives the same data
/// on every platform, unlike std:: distributions.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {}
    std::uint64_t next();
    /// Uniform in [0, bound).
    std::uint64_t below(std::uint64_t bound) { return next() % bound; }
    /// Uniform in [low, high].
    std::int64_t between(std::int64_t low, std::int64_t high);
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    std::uint64_t m_state;
};

/// A hotline-like 3-level complaint taxonomy with Chinese names: about 20 top-level
/// departments, a few hundred second-level topics, and `commonLeaves` common plus
/// `rareLeaves` rare leaves. Leaf names repeat under different parents ("其他" under every
/// topic), as in real government taxonomies. Some labels carry aliases and English names.
std::vector<core::LabelSpec> syntheticTaxonomy(std::size_t commonLeaves = 1400,
                                               std::size_t rareLeaves = 5000,
                                               std::uint32_t seed = 12345);

/// One synthetic ticket: text of 50–300 Chinese characters written around its label's
/// keywords (so a classifier can learn it), with metadata.
struct SyntheticItem {
    std::string id;
    std::string text;
    std::string labelPath; ///< the leaf it was written for
    std::string district;
    std::string channel;
    std::string receivedAt;
};

/// Generates items one at a time, deterministically; common leaves get most items
/// (a Zipf-like spread), rare leaves a long tail.
class SyntheticItems
{
public:
    SyntheticItems(const std::vector<core::LabelSpec> &taxonomy, std::uint32_t seed = 777);
    SyntheticItem next();

private:
    std::vector<const core::LabelSpec *> m_leaves;
    std::vector<double> m_cumulative;
    Random m_random;
    std::uint64_t m_count = 0;
};

/// Writes `count` items as JSONL: {"id", "text", "label", "meta": {...}} per line.
void writeSyntheticJsonl(const std::string &path, const std::vector<core::LabelSpec> &taxonomy,
                         std::size_t count, std::uint32_t seed = 777);

/// Writes the same rows as RFC 4180 CSV with a header: id,text,label,meta (meta as JSON).
void writeSyntheticCsv(const std::string &path, const std::vector<core::LabelSpec> &taxonomy,
                       std::size_t count, std::uint32_t seed = 777);

/// Writes the taxonomy as CSV with one column per level (一级分类,二级分类,三级分类) and a tier
/// column.
void writeTaxonomyCsv(const std::string &path, const std::vector<core::LabelSpec> &taxonomy);

} // namespace assay::bench
