#include "io/ImportPipeline.h"

#include "items/Item.h"
#include "text/Utf8.h"

namespace assay::core {
namespace {
constexpr std::size_t kChunkRows = 1024;
}

std::uint64_t externalIdHash(std::string_view id)
{
    // The content hash mixes well and is stable; a different seed byte keeps ids and texts
    // from ever sharing values by accident.
    return contentHash(id) ^ 0x5bd1e9955bd1e995ULL;
}

void ImportPipeline::Queue::push(Chunk chunk)
{
    std::unique_lock lock(m_mutex);
    m_notFull.wait(lock, [&] { return m_chunks.size() < kCapacity || m_stopped; });
    if (m_stopped)
        return;
    m_chunks.push_back(std::move(chunk));
    m_notEmpty.notify_one();
}

bool ImportPipeline::Queue::pop(Chunk &chunk)
{
    std::unique_lock lock(m_mutex);
    m_notEmpty.wait(lock, [&] { return !m_chunks.empty() || m_closed; });
    if (m_chunks.empty())
        return false;
    chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_notFull.notify_one();
    return true;
}

bool ImportPipeline::Queue::tryPop(Chunk &chunk)
{
    std::lock_guard lock(m_mutex);
    if (m_chunks.empty())
        return false;
    chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_notFull.notify_one();
    return true;
}

void ImportPipeline::Queue::offer(Chunk chunk)
{
    std::lock_guard lock(m_mutex);
    if (m_chunks.size() < kCapacity)
        m_chunks.push_back(std::move(chunk));
}

void ImportPipeline::Queue::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_notEmpty.notify_all();
}

void ImportPipeline::Queue::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_closed = true;
    m_notFull.notify_all();
    m_notEmpty.notify_all();
}

bool ImportPipeline::Queue::stopped()
{
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

ImportPipeline::ImportPipeline(ItemSource &source, SeenContent &seen)
    : m_source(source)
    , m_seen(seen)
    , m_thread([this] { run(); })
{}

ImportPipeline::~ImportPipeline()
{
    m_full.stop();
    m_thread.join();
}

bool ImportPipeline::next(Chunk &chunk)
{
    if (!m_full.pop(chunk))
        return false;
    // Hashing and the duplicate checks run here, on the writing thread: parsing keeps the
    // reading thread busier than writing keeps this one.
    for (ParsedRow &row : chunk) {
        if (row.status == ReadStatus::End || row.status == ReadStatus::Fatal)
            break;
        if (row.status != ReadStatus::Item)
            continue;
        const ItemRecord &record = row.record;
        row.hash = contentHash(record.text);
        row.length = static_cast<std::int64_t>(utf8::length(record.text));
        row.sameTextAs = m_seen.texts.insert(row.hash, record.line);
        if (record.externalId)
            row.sameIdAs = m_seen.ids.insert(externalIdHash(*record.externalId), record.line);
    }
    return true;
}

void ImportPipeline::recycle(Chunk chunk)
{
    m_empty.offer(std::move(chunk));
}

void ImportPipeline::run()
{
    auto freshChunk = [&] {
        Chunk chunk;
        if (!m_empty.tryPop(chunk))
            chunk.resize(kChunkRows);
        return chunk;
    };
    Chunk chunk = freshChunk();
    std::size_t used = 0;
    while (!m_full.stopped()) {
        ParsedRow &row = chunk[used];
        row.status = m_source.next(row.record, row.error);
        row.sameTextAs = 0;
        row.sameIdAs = 0;
        const bool last = row.status == ReadStatus::End || row.status == ReadStatus::Fatal;
        ++used;
        if (last || used == kChunkRows) {
            if (used < kChunkRows)
                chunk[used].status = ReadStatus::End;
            m_full.push(std::move(chunk));
            chunk = freshChunk();
            used = 0;
        }
        if (last)
            break;
    }
    m_full.close();
}

} // namespace assay::core
