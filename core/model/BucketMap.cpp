#include "model/BucketMap.h"

#include <algorithm>
#include <cstring>

namespace assay::core {
namespace {

void appendInt(std::string &out, std::int32_t value)
{
    char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    out.append(bytes, sizeof value);
}

bool takeInt(std::string_view &in, std::int32_t &value)
{
    if (in.size() < sizeof value)
        return false;
    std::memcpy(&value, in.data(), sizeof value);
    in.remove_prefix(sizeof value);
    return true;
}

} // namespace

BucketMap BucketMap::keep(std::vector<std::int32_t> used, std::int32_t buckets)
{
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    BucketMap map;
    map.m_buckets = buckets;
    map.m_used = std::move(used);
    map.index();
    return map;
}

void BucketMap::index()
{
    m_rowOf.assign(static_cast<std::size_t>(m_buckets), static_cast<std::int32_t>(m_used.size()));
    for (std::size_t i = 0; i < m_used.size(); ++i)
        m_rowOf[static_cast<std::size_t>(m_used[i])] = static_cast<std::int32_t>(i);
}

void BucketMap::write(std::string &out) const
{
    appendInt(out, m_buckets);
    appendInt(out, static_cast<std::int32_t>(m_used.size()));
    for (std::int32_t bucket : m_used)
        appendInt(out, bucket);
}

Result<BucketMap> BucketMap::read(std::string_view &in)
{
    const auto damaged = [](const char *why) {
        return Error(ErrorCode::Validation, std::string("its bigram map is damaged: ") + why);
    };
    BucketMap map;
    std::int32_t count = 0;
    if (!takeInt(in, map.m_buckets) || !takeInt(in, count))
        return damaged("it ends early");
    if (map.m_buckets <= 0 || count < 0 || count > map.m_buckets ||
        in.size() / sizeof(std::int32_t) < static_cast<std::size_t>(count))
        return damaged("its sizes are out of range");
    map.m_used.resize(static_cast<std::size_t>(count));
    for (std::int32_t &bucket : map.m_used) {
        takeInt(in, bucket);
        if (bucket < 0 || bucket >= map.m_buckets ||
            (&bucket != map.m_used.data() && bucket <= *(&bucket - 1)))
            return damaged("a bucket is out of order");
    }
    map.index();
    return map;
}

} // namespace assay::core
