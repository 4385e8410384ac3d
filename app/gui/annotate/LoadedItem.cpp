#include "annotate/LoadedItem.h"

#include "project/CoreStrings.h"
#include "project/Project.h"

#include <algorithm>

namespace assay::gui {

core::Result<LoadedItem> LoadedItem::load(core::Project &project, std::int64_t userId,
                                          std::int64_t itemId)
{
    auto item = project.items().get(itemId);
    if (!item)
        return item.error();
    auto annotations = project.annotations().forItem(itemId);
    if (!annotations)
        return annotations.error();

    LoadedItem loaded;
    loaded.item = std::move(item).value();
    loaded.text = qstr(loaded.item.text);
    loaded.offsets = TextOffsets(loaded.text);
    // Oldest first: a newer model's answer for the same field replaces an older one.
    for (core::Annotation &annotation : *annotations) {
        if (annotation.author.isModel()) {
            std::vector<core::Choice> choices = std::move(annotation.value.choices);
            std::stable_sort(choices.begin(), choices.end(),
                             [](const core::Choice &a, const core::Choice &b) {
                                 return a.confidence.value_or(0) > b.confidence.value_or(0);
                             });
            loaded.modelChoices[annotation.fieldId] = std::move(choices);
        } else if (annotation.author.userId == userId) {
            loaded.mine[annotation.fieldId] = std::move(annotation.value);
            if (annotation.timeSpentMs)
                loaded.myTimeMs[annotation.fieldId] = *annotation.timeSpentMs;
        }
    }
    return loaded;
}

} // namespace assay::gui
