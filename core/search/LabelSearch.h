#pragma once

#include "schema/Taxonomy.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace assay::core {

/// One label found by a search, with how well it matched (higher is better).
struct LabelMatch {
    std::int64_t labelId = 0;
    int score = 0;
};

/// Finds labels of one field as a person types. Placeholder matching by substring of the
/// name, path, aliases and English name, until the full search with pinyin replaces it.
class LabelSearch
{
public:
    explicit LabelSearch(std::shared_ptr<const Taxonomy> taxonomy);

    /// Up to `limit` labels matching `query`, best first; nothing for an empty query.
    std::vector<LabelMatch> search(std::string_view query, std::size_t limit = 50) const;
    const Taxonomy &taxonomy() const { return *m_taxonomy; }

private:
    std::shared_ptr<const Taxonomy> m_taxonomy;
};

} // namespace assay::core
