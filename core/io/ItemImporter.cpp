#include "io/ItemImporter.h"

#include "io/ImportPipeline.h"
#include "io/JsonWriter.h"
#include "items/ItemWriter.h"
#include "project/Clock.h"
#include "project/Project.h"

#include <chrono>
#include <filesystem>

namespace assay::core {
namespace {

std::string describeWhere(std::int64_t where)
{
    return where > 0 ? "line " + std::to_string(where)
                     : "item " + std::to_string(-where) + " already in the project";
}

// Loads the hashes of the texts and ids already in the project, each from its covering
// index rather than the (large) items table.
Status loadExisting(Database &db, SeenContent &seen)
{
    auto hashes = db.prepare("SELECT content_hash, id FROM items INDEXED BY items_content_hash");
    if (!hashes)
        return hashes.error();
    while (true) {
        auto row = hashes->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        seen.texts.insert(static_cast<std::uint64_t>(hashes->columnInt(0)), -hashes->columnInt(1));
    }
    auto ids = db.prepare("SELECT external_id, id FROM items INDEXED BY items_external_id "
                          "WHERE external_id IS NOT NULL");
    if (!ids)
        return ids.error();
    while (true) {
        auto row = ids->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        seen.ids.insert(externalIdHash(ids->columnText(0)), -ids->columnInt(1));
    }
    return {};
}

// The items table's secondary indexes, dropped while a large import fills an empty table
// and rebuilt afterwards: sorting once is about twice as fast as inserting row by row.
class DeferredIndexes
{
public:
    static Result<DeferredIndexes> drop(Database &db)
    {
        DeferredIndexes deferred;
        auto list = db.prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'items' "
            "AND sql IS NOT NULL ORDER BY name");
        if (!list)
            return list.error();
        while (true) {
            auto row = list->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            deferred.m_names.push_back(list->columnString(0));
            deferred.m_definitions.push_back(list->columnString(1));
        }
        list->reset();
        db.resetBusyStatements();
        for (const std::string &name : deferred.m_names)
            ASSAY_TRY(db.exec("DROP INDEX " + name));
        return deferred;
    }
    Status rebuild(Database &db) const
    {
        for (const std::string &definition : m_definitions)
            ASSAY_TRY(db.exec(definition));
        return {};
    }

private:
    std::vector<std::string> m_names;
    std::vector<std::string> m_definitions;
};

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
    const std::string sourceName = std::filesystem::path(options.path).filename().string();

    Database &db = m_project.database();
    auto existingCount = m_project.items().count();
    if (!existingCount)
        return fail(existingCount.error());
    SeenContent seen(static_cast<std::size_t>(*existingCount) + 1024);
    if (*existingCount > 0)
        if (auto status = loadExisting(db, seen); !status)
            return fail(status.error());

    // While importing: a bigger page cache keeps index pages in memory, and, when no other
    // connection has the project open, a rollback journal instead of the write-ahead log
    // writes the new pages once instead of twice (log, then checkpoint).
    (void)db.exec("PRAGMA cache_size = -40960");
    (void)db.exec("PRAGMA threads = 2");           // index rebuilds sort on both cores
    (void)db.exec("PRAGMA journal_mode = DELETE"); // refused, harmlessly, when others read
    struct RestoreSettings {
        Database &db;
        ~RestoreSettings()
        {
            (void)db.exec("PRAGMA cache_size = -32768");
            (void)db.exec("PRAGMA threads = 0");
            (void)db.exec("PRAGMA journal_mode = WAL");
        }
    } restoreSettings{db};

    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    std::optional<DeferredIndexes> deferred;
    if (*existingCount == 0) {
        auto dropped = DeferredIndexes::drop(db);
        if (!dropped)
            return fail(dropped.error());
        deferred = std::move(dropped).value();
    }

    const std::string optionsJson =
        "{\"text_field\":" + jsonQuoted(options.textField) +
        ",\"id_field\":" + jsonQuoted(options.idField) +
        ",\"encoding\":" + jsonQuoted(report.encoding) + ",\"split\":\"" +
        (options.split == TextSplit::Paragraphs ? "paragraphs" : "lines") +
        "\",\"remove_cjk_spacing\":" + (options.removeCjkSpacing ? "true" : "false") + "}";
    auto batch = db.prepare("INSERT INTO batches (source, format, sha256, imported_at, user_id, "
                            "options) VALUES (?, ?, '', ?, ?, ?)");
    if (!batch)
        return fail(batch.error());
    batch->bind(1, sourceName).bind(2, report.format).bind(3, nowMillis());
    batch->bind(4, options.userId).bind(5, optionsJson);
    if (auto status = batch->run(); !status)
        return fail(status.error());
    report.batchId = db.lastInsertId();
    auto writer = ItemWriter::create(db, report.batchId);
    if (!writer)
        return fail(writer.error());

    auto warn = [&](std::string message, std::int64_t line) {
        if (report.warnings.size() < ImportReport::kMaxListed)
            report.warnings.emplace_back(ErrorCode::Validation, std::move(message), options.path,
                                         line);
    };
    auto reject = [&](Error error) {
        ++report.rejected;
        if (report.rowErrors.size() < ImportReport::kMaxListed)
            report.rowErrors.push_back(std::move(error));
    };

    std::optional<Error> fatal;
    {
        ImportPipeline pipeline(source, seen);
        ImportPipeline::Chunk chunk;
        std::uint64_t lastProgress = 0;
        while (!fatal && pipeline.next(chunk)) {
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
                const ItemRecord &record = row.record;
                if (row.sameIdAs) {
                    ++report.duplicateIds;
                    warn("duplicate id '" + *record.externalId + "': same id as " +
                             describeWhere(row.sameIdAs),
                         record.line);
                }
                if (row.sameTextAs) {
                    ++report.duplicateTexts;
                    warn("duplicate text: same as " + describeWhere(row.sameTextAs), record.line);
                }
                if (options.skipDuplicates && (row.sameIdAs || row.sameTextAs)) {
                    ++report.skippedDuplicates;
                    continue;
                }
                auto inserted = writer->insert(record.externalId, record.text, record.meta,
                                               row.length, row.hash);
                if (!inserted) {
                    fatal = inserted.error();
                    break;
                }
                ++report.imported;
            }
            pipeline.recycle(std::move(chunk));
            chunk = ImportPipeline::Chunk();
            const std::uint64_t done = source.input().bytesRead();
            if (progress && !fatal && done != lastProgress) {
                lastProgress = done;
                if (!progress(done, source.input().size()))
                    fatal = Error(ErrorCode::Cancelled, "import cancelled; nothing was imported");
            }
        }
    } // joins the reader thread

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
    if (deferred)
        if (auto status = deferred->rebuild(db); !status)
            return fail(status.error());

    report.sha256 = source.input().sha256();
    auto finish = db.prepare("UPDATE batches SET sha256 = ?, item_count = ?, rejected_count = ?, "
                             "duplicate_count = ? WHERE id = ?");
    if (!finish)
        return fail(finish.error());
    finish->bind(1, report.sha256).bind(2, report.imported).bind(3, report.rejected);
    finish->bind(4, report.duplicateTexts + report.duplicateIds).bind(5, report.batchId);
    if (auto status = finish->run(); !status)
        return fail(status.error());
    if (auto status = m_project.items().adjustStateCount(ItemState::New, report.imported); !status)
        return fail(status.error());
    const std::string detail = "{\"source\":" + jsonQuoted(sourceName) + ",\"format\":\"" +
                               report.format + "\",\"sha256\":\"" + report.sha256 +
                               "\",\"items\":" + std::to_string(report.imported) +
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
