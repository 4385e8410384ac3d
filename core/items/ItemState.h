#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace assay::core {

/// Where an item stands in the workflow. Stored as its integer value; never renumber.
enum class ItemState {
    New = 0,        ///< imported, nothing done yet
    Suggested = 1,  ///< the model has pre-labelled it
    InProgress = 2, ///< some but not all of the required annotators have submitted
    Accepted = 3,   ///< annotators (and the model, when it votes) agree
    Conflict = 4,   ///< annotators or annotator and model disagree: an expert decides
    Returned = 5,   ///< a reviewer sent it back to its annotator
    Gold = 6,       ///< final: reviewed or adjudicated
};

inline constexpr std::array kAllItemStates = {
    ItemState::New,      ItemState::Suggested, ItemState::InProgress, ItemState::Accepted,
    ItemState::Conflict, ItemState::Returned,  ItemState::Gold,
};

/// Lower-case English name used in files, the CLI and JSON ("new", "in-progress", …).
std::string_view itemStateName(ItemState state);
std::optional<ItemState> parseItemState(std::string_view name);

/// States in which an item still waits for annotators.
inline bool isOpenForAnnotation(ItemState state)
{
    return state == ItemState::New || state == ItemState::Suggested ||
           state == ItemState::InProgress || state == ItemState::Returned;
}

} // namespace assay::core
