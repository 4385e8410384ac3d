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
class TextQuery;

/// How far the full-text index has got.
struct TextIndexState {
    std::int64_t indexedThrough = 0; ///< items with an id up to this one are indexed
    std::int64_t pending = 0;        ///< items not indexed yet
};

/// What one bounded step of a search found (see TextSearch::findStep).
struct TextSearchStep {
    std::vector<std::int64_t> ids;  ///< matches, in id order
    std::int64_t lookedThrough = 0; ///< every item with an id up to this one was looked at
    bool finished = false;          ///< no item after lookedThrough exists
};

/// Full-text search over item texts for the data view: which items contain a piece of text,
/// in id order, page by page, combined with the view's filters.
///
/// Text of 3 or more characters is looked up in an FTS5 trigram index; 1 and 2 characters
/// (common in Chinese: "物业") are found by scanning texts in id order with memmem, which
/// stops as soon as a page is full. The query is plain text: quotes, '*', '-', '%', '_' and
/// "OR" are searched for as they are. ASCII letters match in either case ("WiFi", "wifi").
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

    /// find() that looks only at items with ids in (afterId, afterId + window], so that a
    /// search that must scan (1–2 characters, or text found in few items) can run a slice at
    /// a time with progress and a cancel button. Call again with afterId = lookedThrough
    /// until the page is full or the step says it finished.
    Result<TextSearchStep> findStep(std::string_view query, std::int64_t afterId, int limit,
                                    std::int64_t window, const ItemFilter &filter = {});

    /// How many items match, counting no further than `cap` (so that a view can show
    /// "10,000+" without counting a million). Costs about what find() with limit `cap` does.
    Result<std::int64_t> count(std::string_view query, const ItemFilter &filter = {},
                               std::int64_t cap = 10000);

private:
    Result<std::int64_t> indexedThrough();
    Status collect(const TextQuery &query, std::int64_t afterId, std::int64_t upTo, int limit,
                   const ItemFilter &filter, std::vector<std::int64_t> &ids);
    Status findIndexed(const TextQuery &query, std::int64_t afterId, std::int64_t upTo, int limit,
                       const ItemFilter &filter, std::vector<std::int64_t> &ids);
    Status findByScan(const TextQuery &query, std::int64_t afterId, std::int64_t upTo, int limit,
                      const ItemFilter &filter, std::vector<std::int64_t> &ids);

    Database &m_db;
    bool m_functionsRegistered = false;
};

} // namespace assay::core
