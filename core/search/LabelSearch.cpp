#include "search/LabelSearch.h"

#include <algorithm>

namespace assay::core {

LabelSearch::LabelSearch(std::shared_ptr<const Taxonomy> taxonomy)
    : m_taxonomy(std::move(taxonomy))
{}

std::vector<LabelMatch> LabelSearch::search(std::string_view query, std::size_t limit) const
{
    std::vector<LabelMatch> matches;
    if (query.empty())
        return matches;
    for (const Label &label : m_taxonomy->labels()) {
        int score = 0;
        if (label.name == query)
            score = 100;
        else if (label.name.find(query) != std::string::npos)
            score = 80;
        else if (label.path.find(query) != std::string::npos)
            score = 60;
        else if (label.english.find(query) != std::string::npos)
            score = 50;
        else if (std::any_of(label.aliases.begin(), label.aliases.end(),
                             [&](const std::string &a) { return a.find(query) != std::string::npos; }))
            score = 40;
        if (score > 0 && m_taxonomy->isLeaf(label.id))
            score += 5;
        if (score > 0)
            matches.push_back({label.id, score});
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const LabelMatch &a, const LabelMatch &b) { return a.score > b.score; });
    if (matches.size() > limit)
        matches.resize(limit);
    return matches;
}

} // namespace assay::core
