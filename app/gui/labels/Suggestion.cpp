#include "labels/Suggestion.h"

#include "schema/Taxonomy.h"

#include <algorithm>

namespace assay::gui {

std::vector<Suggestion> buildSuggestions(const core::Taxonomy &taxonomy,
                                         const std::vector<core::Choice> &modelChoices,
                                         int modelCount, const std::vector<std::int64_t> &recent,
                                         int total)
{
    std::vector<Suggestion> suggestions;
    const auto offered = [&](std::int64_t id) {
        return std::any_of(suggestions.begin(), suggestions.end(),
                           [id](const Suggestion &s) { return s.labelId == id; });
    };
    const auto usable = [&](std::int64_t id) {
        const core::Label *label = taxonomy.byId(id);
        return label && !label->deprecated && taxonomy.isSelectable(id) && !offered(id);
    };
    for (const core::Choice &choice : modelChoices) {
        if (static_cast<int>(suggestions.size()) >= std::min(modelCount, total))
            break;
        if (usable(choice.labelId))
            suggestions.push_back({choice.labelId, choice.confidence, true});
    }
    for (std::int64_t id : recent) {
        if (static_cast<int>(suggestions.size()) >= total)
            break;
        if (usable(id))
            suggestions.push_back({id, std::nullopt, false});
    }
    return suggestions;
}

} // namespace assay::gui
