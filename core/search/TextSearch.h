#pragma once

#include "error/Result.h"
#include "io/ImportOptions.h"
#include "items/ItemStore.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace assay::core {

class Database;

/// Full-text search over item texts. Placeholder scanning texts for a substring, until the
/// indexed search replaces it.
class TextSearch
{
public:
    explicit TextSearch(Database &db);

    /// Brings the search index up to date with the items; lazy and incremental.
    Status ensureIndexed(const ProgressCallback &progress);
    /// Ids of up to `limit` items after `afterId` whose text contains `query`, in id order.
    Result<std::vector<std::int64_t>> find(std::string_view query, std::int64_t afterId, int limit,
                                           const ItemFilter &filter = {});

private:
    Database &m_db;
};

} // namespace assay::core
