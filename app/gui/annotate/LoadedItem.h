#pragma once

#include "annotate/TextOffsets.h"
#include "annotations/Annotation.h"
#include "error/Result.h"
#include "items/Item.h"

#include <QString>
#include <map>
#include <vector>

namespace assay::core {
class Project;
}

namespace assay::gui {

/// An item as the annotate view needs it: its text in Qt's form, the model's ranked labels
/// per field, and the current user's own current answers (when they did it before).
struct LoadedItem {
    core::Item item;
    QString text;
    TextOffsets offsets;
    std::map<std::int64_t, std::vector<core::Choice>> modelChoices; ///< best first
    std::map<std::int64_t, core::AnnotationValue> mine;
    std::map<std::int64_t, std::int64_t> myTimeMs; ///< time recorded with my answers

    /// Reads item `itemId` and its current annotations.
    static core::Result<LoadedItem> load(core::Project &project, std::int64_t userId,
                                         std::int64_t itemId);
};

} // namespace assay::gui
