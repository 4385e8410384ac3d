#include "search/TextSearch.h"

#include "storage/Database.h"

namespace assay::core {

TextSearch::TextSearch(Database &db)
    : m_db(db)
{}

Status TextSearch::ensureIndexed(const ProgressCallback &progress)
{
    if (progress)
        progress(1, 1);
    return {};
}

Result<std::vector<std::int64_t>> TextSearch::find(std::string_view query, std::int64_t afterId,
                                                   int limit, const ItemFilter &filter)
{
    ItemStore items(m_db);
    std::vector<std::int64_t> ids;
    std::int64_t cursor = afterId;
    while (static_cast<int>(ids.size()) < limit) {
        auto page = items.page(cursor, 1000, filter);
        if (!page)
            return page.error();
        if (page->empty())
            break;
        for (const Item &item : *page) {
            if (item.text.find(query) != std::string::npos && static_cast<int>(ids.size()) < limit)
                ids.push_back(item.id);
        }
        cursor = page->back().id;
    }
    return ids;
}

} // namespace assay::core
