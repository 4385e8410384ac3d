#include "items/ItemState.h"

namespace assay::core {

std::string_view itemStateName(ItemState state)
{
    switch (state) {
    case ItemState::New:
        return "new";
    case ItemState::Suggested:
        return "suggested";
    case ItemState::InProgress:
        return "in-progress";
    case ItemState::Accepted:
        return "accepted";
    case ItemState::Conflict:
        return "conflict";
    case ItemState::Returned:
        return "returned";
    case ItemState::Gold:
        return "gold";
    }
    return "new";
}

std::optional<ItemState> parseItemState(std::string_view name)
{
    for (ItemState state : kAllItemStates)
        if (itemStateName(state) == name)
            return state;
    return std::nullopt;
}

} // namespace assay::core
