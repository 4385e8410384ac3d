#pragma once

#include "error/Result.h"
#include "items/Item.h"

#include <array>
#include <optional>
#include <vector>

namespace assay::core {

class Database;

/// Number of items in each state, indexed by the state's integer value.
using StateCounts = std::array<std::int64_t, kAllItemStates.size()>;

/// Which items a page shows. Empty members do not filter.
struct ItemFilter {
    std::optional<ItemState> state;
    std::optional<std::int64_t> labelId;     ///< current annotation (any author) has it
    std::optional<std::int64_t> annotatorId; ///< this user has annotated the item
    std::optional<std::int64_t> batchId;
};

class Statement;

/// The conditions that apply `filter` to rows of `items`, as " AND …" SQL with parameters
/// ?2 (state), ?3 (batch), ?4 (annotator) and ?5 (label); empty when nothing filters. Other
/// queries over items (text search) use it so that they filter exactly as page() does.
std::string itemFilterSql(const ItemFilter &filter);
/// Binds the parameters itemFilterSql(filter) refers to.
void bindItemFilter(Statement &stmt, const ItemFilter &filter);

/// SQL for an item's state as the workflow sees it, on a row of the table `items` (or the
/// alias given): the stored state, except that a new item a model has predicted (one with a
/// row in item_scores) is suggested. Queries that read or count states use it.
std::string itemStateSql(const std::string &items = "items");

/// Items of a project: lookups, paging by id and counts by state that stay O(1) at a
/// million items (counts are kept in their own table, updated with every state change).
class ItemStore
{
public:
    explicit ItemStore(Database &db);

    Result<Item> get(std::int64_t id);
    /// The first item (lowest id) with this external id. Ids are meant to be unique but
    /// imports only warn about repeats, so see countByExternalId().
    Result<std::optional<Item>> findByExternalId(std::string_view externalId);
    Result<std::int64_t> countByExternalId(std::string_view externalId);

    /// Up to `limit` items with id > `afterId`, in id order, matching `filter`.
    Result<std::vector<Item>> page(std::int64_t afterId, int limit, const ItemFilter &filter = {});

    Result<StateCounts> stateCounts();
    Result<std::int64_t> count();

    /// Moves an item to `state`, keeping the counts true. A no-op when it is there already.
    Status setState(std::int64_t id, ItemState state);
    /// Adjusts the stored count of `state` by `delta` (for bulk writers that insert items).
    Status adjustStateCount(ItemState state, std::int64_t delta);
    /// Recomputes the counts from the items table (a full scan: for repair and tests).
    Status recountStates();

    /// Records a model's uncertainty for an item (empty: predicted, but not scored), which
    /// marks the item as predicted: a new item becomes suggested, and the counts follow.
    Status setUncertainty(std::int64_t id, std::optional<double> uncertainty);

private:
    Database &m_db;
};

} // namespace assay::core
