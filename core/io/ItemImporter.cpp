#include "io/ItemImporter.h"

#include "io/ContentHashIndex.h"
#include "io/ItemSource.h"
#include "io/JsonWriter.h"
#include "items/ItemWriter.h"
#include "project/Clock.h"
#include "project/Project.h"
#include "text/Utf8.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <thread>

namespace assay::core {
namespace {

// One parsed row, hashed and measured on the reader thread.
struct ParsedRow {
    ReadStatus status = ReadStatus::End;
    ItemRecord record;
    Error error;
    std::uint64_t hash = 0;
    std::int64_t length = 0;
};

using Chunk = std::vector<ParsedRow>;

// A bounded hand-over from the reader thread to the writer.
class ChunkQueue
{
public:
    void push(Chunk chunk)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_chunks.size() < kCapacity || m_stopped; });
        if (m_stopped)
            return;
        m_chunks.push_back(std::move(chunk));
        m_notEmpty.notify_one();
    }
    bool pop(Chunk &chunk)
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
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_notFull.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    static constexpr std::size_t kCapacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<Chunk> m_chunks;
    bool m_closed = false;
    bool m_stopped = false;
};

constexpr std::size_t kChunkRows = 1024;

void readAll(ItemSource &source, ChunkQueue &queue)
{
    Chunk chunk;
    chunk.reserve(kChunkRows);
    while (!queue.stopped()) {
        ParsedRow row;
        row.status = source.next(row.record, row.error);
        if (row.status == ReadStatus::Item) {
            row.hash = contentHash(row.record.text);
            row.length = static_cast<std::int64_t>(utf8::length(row.record.text));
        }
        const bool last = row.status == ReadStatus::End || row.status == ReadStatus::Fatal;
        chunk.push_back(std::move(row));
        if (last || chunk.size() == kChunkRows) {
            queue.push(std::move(chunk));
            chunk = Chunk();
            chunk.reserve(kChunkRows);
        }
        if (last)
            break;
    }
    queue.close();
}

// A stable 64-bit hash (FNV-1a) of an external id, for finding repeated ids in memory.
std::uint64_t idHash(std::string_view id)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : id)
        hash = (hash ^ c) * 0x100000001b3ULL;
    return hash;
}

std::string describeWhere(std::int64_t where)
{
    return where > 0 ? "line " + std::to_string(where)
                     : "item " + std::to_string(-where) + " already in the project";
}

} // namespace

ItemImporter::ItemImporter(Project &project)
    : m_project(project)
{}

ImportReport ItemImporter::run(const ImportOptions &options, const ProgressCallback &progress)
{
    const auto started = std::chrono::steady_clock::now();
    ImportReport report;
    auto fail = [&](Error error) {
        report.ok = false;
        report.failure = std::move(error);
        report.imported = 0;
        report.batchId = 0;
        return report;
    };

    auto opened = ItemSource::open(options);
    if (!opened)
        return fail(opened.error());
    ItemSource &source = **opened;
    const ItemFormat format =
        options.format == ItemFormat::Auto ? guessItemFormat(options.path) : options.format;
    report.format = itemFormatName(format);
    report.encoding = source.input().encodingName();

    Database &db = m_project.database();
    // Texts already in the project, so duplicates across imports are found too.
    auto existingCount = m_project.items().count();
    if (!existingCount)
        return fail(existingCount.error());
    ContentHashIndex seen(static_cast<std::size_t>(*existingCount) + 1024);
    ContentHashIndex seenIds(static_cast<std::size_t>(*existingCount) + 1024);
    if (*existingCount > 0) {
        auto stmt = db.prepare("SELECT content_hash, id, external_id FROM items");
        if (!stmt)
            return fail(stmt.error());
        while (true) {
            auto row = stmt->step();
            if (!row)
                return fail(row.error());
            if (!*row)
                break;
            seen.insert(static_cast<std::uint64_t>(stmt->columnInt(0)), -stmt->columnInt(1));
            if (!stmt->columnIsNull(2))
                seenIds.insert(idHash(stmt->columnText(2)), -stmt->columnInt(1));
        }
    }

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());

    std::string optionsJson = "{\"text_field\":" + jsonQuoted(options.textField) +
                              ",\"id_field\":" + jsonQuoted(options.idField) +
                              ",\"encoding\":" + jsonQuoted(report.encoding) +
                              ",\"split\":\"" +
                              (options.split == TextSplit::Paragraphs ? "paragraphs" : "lines") +
                              "\",\"remove_cjk_spacing\":" +
                              (options.removeCjkSpacing ? "true" : "false") + "}";
    auto batch = db.prepare("INSERT INTO batches (source, format, sha256, imported_at, user_id, "
                            "options) VALUES (?, ?, '', ?, ?, ?)");
    if (!batch)
        return fail(batch.error());
    const std::string sourceName = std::filesystem::path(options.path).filename().string();
    batch->bind(1, sourceName).bind(2, report.format).bind(3, nowMillis());
    batch->bind(4, options.userId).bind(5, optionsJson);
    if (auto status = batch->run(); !status)
        return fail(status.error());
    report.batchId = db.lastInsertId();

    auto writer = ItemWriter::create(db, report.batchId);
    if (!writer)
        return fail(writer.error());

    ChunkQueue queue;
    std::thread reader([&] { readAll(source, queue); });
    auto stopReader = [&] {
        queue.stop();
        Chunk drain;
        while (queue.pop(drain)) {
        }
        reader.join();
    };

    auto warn = [&](std::string message, std::int64_t line) {
        if (report.warnings.size() < ImportReport::kMaxListed)
            report.warnings.emplace_back(ErrorCode::Validation, std::move(message), sourceName, line);
    };
    auto reject = [&](Error error) {
        ++report.rejected;
        if (report.rowErrors.size() < ImportReport::kMaxListed)
            report.rowErrors.push_back(std::move(error));
    };

    Chunk chunk;
    std::optional<Error> fatal;
    std::uint64_t lastProgress = 0;
    while (!fatal && queue.pop(chunk)) {
        for (ParsedRow &row : chunk) {
            if (row.status == ReadStatus::End)
                break;
            if (row.status == ReadStatus::Fatal) {
                fatal = row.error;
                break;
            }
            if (row.status == ReadStatus::RowError) {
                reject(std::move(row.error));
                continue;
            }
            ItemRecord &record = row.record;
            if (record.externalId) {
                if (const std::int64_t earlier = seenIds.insert(idHash(*record.externalId), record.line)) {
                    ++report.duplicateIds;
                    warn("duplicate id '" + *record.externalId + "': same id as " +
                             describeWhere(earlier),
                         record.line);
                    if (options.skipDuplicates) {
                        ++report.skippedDuplicates;
                        continue;
                    }
                }
            }
            if (const std::int64_t earlier = seen.insert(row.hash, record.line)) {
                ++report.duplicateTexts;
                warn("duplicate text: same as " + describeWhere(earlier), record.line);
                if (options.skipDuplicates) {
                    ++report.skippedDuplicates;
                    continue;
                }
            }
            auto inserted = writer->insert(record.externalId, record.text, record.meta, row.length,
                                           row.hash);
            if (!inserted) {
                fatal = inserted.error();
                break;
            }
            ++report.imported;
        }
        if (progress && !fatal) {
            const std::uint64_t done = source.input().bytesRead();
            if (done != lastProgress) {
                lastProgress = done;
                if (!progress(done, source.input().size()))
                    fatal = Error(ErrorCode::Cancelled, "import cancelled; nothing was imported");
            }
        }
    }
    stopReader();

    if (fatal)
        return fail(*fatal);
    if (report.rejected > 0 && !options.skipBad)
        return fail(Error(ErrorCode::Validation,
                          std::to_string(report.rejected) + " row" +
                              (report.rejected == 1 ? " was" : "s were") +
                              " rejected, so nothing was imported; fix them or import with "
                              "--skip-bad to leave them out",
                          options.path));
    if (report.imported == 0)
        return fail(Error(ErrorCode::Validation, "no items to import", options.path));

    report.sha256 = source.input().sha256();
    auto finish = db.prepare("UPDATE batches SET sha256 = ?, item_count = ?, rejected_count = ?, "
                             "duplicate_count = ? WHERE id = ?");
    if (!finish)
        return fail(finish.error());
    finish->bind(1, report.sha256).bind(2, report.imported).bind(3, report.rejected);
    finish->bind(4, report.duplicateTexts).bind(5, report.batchId);
    if (auto status = finish->run(); !status)
        return fail(status.error());
    if (auto status = m_project.items().adjustStateCount(ItemState::New, report.imported); !status)
        return fail(status.error());
    const std::string detail =
        "{\"source\":" + jsonQuoted(sourceName) + ",\"format\":\"" + report.format +
        "\",\"sha256\":\"" + report.sha256 + "\",\"items\":" + std::to_string(report.imported) +
        ",\"rejected\":" + std::to_string(report.rejected) +
        ",\"duplicate_texts\":" + std::to_string(report.duplicateTexts) +
        ",\"duplicate_ids\":" + std::to_string(report.duplicateIds) + "}";
    if (auto status = m_project.audit().record(options.userId, "import",
                                               "batch:" + std::to_string(report.batchId), detail);
        !status)
        return fail(status.error());
    if (auto status = transaction->commit(); !status)
        return fail(status.error());

    report.ok = true;
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace assay::core
