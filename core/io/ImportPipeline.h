#pragma once

#include "io/ContentHashIndex.h"
#include "io/ItemSource.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace assay::core {

/// One parsed row, hashed, measured and checked for repeats on the reader thread.
struct ParsedRow {
    ReadStatus status = ReadStatus::End;
    ItemRecord record;
    Error error;
    std::uint64_t hash = 0;
    std::int64_t length = 0;     ///< code points
    std::int64_t sameTextAs = 0; ///< earlier line (> 0) or item (< 0) with this text, or 0
    std::int64_t sameIdAs = 0;   ///< earlier line (> 0) or item (< 0) with this id, or 0
};

/// Texts and external ids seen so far, by hash: those already in the project, then those of
/// the file being read.
struct SeenContent {
    ContentHashIndex texts;
    ContentHashIndex ids;
    SeenContent(std::size_t expected)
        : texts(expected)
        , ids(expected)
    {}
};

/// A stable 64-bit hash of an external id.
std::uint64_t externalIdHash(std::string_view id);

/// Reads an ItemSource on its own thread and hands rows over in chunks, so parsing runs on
/// one core while the caller writes to SQLite on the other. Chunks are recycled, so the
/// steady state allocates almost nothing. The destructor stops and joins the thread.
class ImportPipeline
{
public:
    using Chunk = std::vector<ParsedRow>;

    ImportPipeline(ItemSource &source, SeenContent &seen);
    ~ImportPipeline();
    ImportPipeline(const ImportPipeline &) = delete;
    ImportPipeline &operator=(const ImportPipeline &) = delete;

    /// The next chunk in file order, its items hashed and checked for duplicates (on the
    /// calling thread, which has time to spare); false when the reader has finished. A chunk
    /// ends early at a row whose status is End or Fatal.
    bool next(Chunk &chunk);
    /// Gives a written chunk back for re-use.
    void recycle(Chunk chunk);

private:
    void run();

    class Queue
    {
    public:
        void push(Chunk chunk);
        bool pop(Chunk &chunk);
        bool tryPop(Chunk &chunk);
        /// Adds the chunk if there is room, else drops it; never blocks.
        void offer(Chunk chunk);
        void close();
        void stop();
        bool stopped();

    private:
        static constexpr std::size_t kCapacity = 8;
        std::mutex m_mutex;
        std::condition_variable m_notEmpty;
        std::condition_variable m_notFull;
        std::deque<Chunk> m_chunks;
        bool m_closed = false;
        bool m_stopped = false;
    };

    ItemSource &m_source;
    SeenContent &m_seen;
    Queue m_full;
    Queue m_empty;
    std::thread m_thread;
};

} // namespace assay::core
