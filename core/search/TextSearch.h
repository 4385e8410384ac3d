#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"
#include "items/ItemStore.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

class Database;

/// How far the full-text index has got.
struct TextIndexState {
    std::int64_t indexedThrough = 0; ///< items with an id up to this one are indexed
    std::int64_t pending = 0;        ///< items not indexed yet
};

/// Full-text search over item texts for the data view: which items contain a piece of text,
/// in id order, page by page, combined with the view's filters.
///
/// Text of 3 or more characters is looked up in an FTS5 trigram index; 1 and 2 characters
/// (common in Chinese: "物业") are found by scanning texts in id order, which stops as soon
/// as a page is full. The query is plain text: quotes, '*', '-', '%', '_' and "OR" are
/// searched for as they are. Matching ignores ASCII case ("WiFi" finds "wifi"), as LIKE does.
///
/// The index is filled lazily by ensureIndexed(), so imports stay fast; items not yet indexed
/// are still found, by scanning them. One TextSearch uses one connection (one thread); index
/// on a worker with its own Project while the view searches on its own.
class TextSearch
{
public:
    /// Searches `db`, an open project at schema version 2 or later.
    explicit TextSearch(Database &db);

    /// Indexes the items added since the last call (items' texts never change), in batches
    /// of `batchSize` items, each committed on its own. `progress` gets (done, total) after
    /// every batch and may return false to stop: the batches done stay indexed, the next call
    /// goes on from there, and the result is a Cancelled error.
    Status ensureIndexed(const ProgressCallback &progress = {}, int batchSize = 20000);

    /// How many items are indexed and how many wait.
    Result<TextIndexState> indexState();

    /// Ids of up to `limit` items after `afterId`, in id order, whose text contains `query`
    /// and that match `filter`. Leading and trailing white space of `query` is ignored; an
    /// empty query is an error. Ask for one more than a page to learn whether more follow.
    Result<std::vector<std::int64_t>> find(std::string_view query, std::int64_t afterId, int limit,
                                           const ItemFilter &filter = {});

    /// How many items match, counting no further than `cap` (so that a view can show
    /// "10,000+" without counting a million). Costs about what find() with limit `cap` does.
    Result<std::int64_t> count(std::string_view query, const ItemFilter &filter = {},
                               std::int64_t cap = 10000);

    /// Longest query accepted, in characters.
    static constexpr std::size_t kMaxQueryLength = 1000;

private:
    struct Plan;

    Result<std::int64_t> indexedThrough();
    Result<Plan> plan(std::string_view query);
    Status findIndexed(const Plan &plan, std::int64_t afterId, std::int64_t through, int limit,
                       const ItemFilter &filter, std::vector<std::int64_t> &ids);
    Status findByScan(const Plan &plan, std::int64_t afterId, int limit, const ItemFilter &filter,
                      std::vector<std::int64_t> &ids);

    Database &m_db;
};

} // namespace assay::core
