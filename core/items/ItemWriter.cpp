#include "items/ItemWriter.h"

#include "storage/Database.h"

namespace assay::core {

Result<ItemWriter> ItemWriter::create(Database &db, std::int64_t batchId)
{
    auto insert = db.prepare("INSERT INTO items (external_id, text, meta, length, content_hash, "
                             "batch_id, state) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    return ItemWriter(db, std::move(insert).value(), batchId);
}

ItemWriter::ItemWriter(Database &db, Statement insert, std::int64_t batchId)
    : m_db(&db)
    , m_insert(std::move(insert))
    , m_batchId(batchId)
{}

Result<std::int64_t> ItemWriter::insert(std::optional<std::string_view> externalId,
                                        std::string_view text, std::string_view meta,
                                        std::int64_t length, std::uint64_t contentHash,
                                        ItemState state)
{
    Statement &s = m_insert;
    if (externalId)
        s.bind(1, *externalId);
    else
        s.bindNull(1);
    s.bind(2, text).bind(3, meta).bind(4, length);
    s.bind(5, static_cast<std::int64_t>(contentHash)).bind(6, m_batchId);
    s.bind(7, static_cast<int>(state));
    ASSAY_TRY(s.run());
    return m_db->lastInsertId();
}

} // namespace assay::core
