#pragma once

#include "error/Result.h"
#include "items/ItemState.h"
#include "storage/Statement.h"

#include <optional>
#include <string_view>

namespace assay::core {

class Database;

/// Inserts items of one import batch with a single prepared statement. The caller owns the
/// transaction and adds the inserted count to the state counts when it commits.
class ItemWriter
{
public:
    static Result<ItemWriter> create(Database &db, std::int64_t batchId);

    /// Inserts one item; a taken external id is a Validation error (the row is not inserted).
    Result<std::int64_t> insert(std::optional<std::string_view> externalId, std::string_view text,
                                std::string_view meta, std::int64_t length,
                                std::uint64_t contentHash, ItemState state = ItemState::New);

private:
    ItemWriter(Database &db, Statement insert, std::int64_t batchId);

    Database *m_db;
    Statement m_insert;
    std::int64_t m_batchId;
};

} // namespace assay::core
