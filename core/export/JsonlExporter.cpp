#include "export/JsonlExporter.h"

#include "annotations/AnnotationStore.h"
#include "io/AnnotationJson.h"
#include "io/JsonWriter.h"
#include "items/ItemStore.h"
#include "project/Clock.h"
#include "project/Project.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>

namespace assay::core {
namespace {

// Where an export goes.
class Output
{
public:
    virtual ~Output() = default;
    virtual Status write(const std::string &data) = 0;
    /// Flushes; reports what the writes could not (a full disk shows up here).
    virtual Status close() = 0;
};

// A buffered file that reports write errors (a full disk) instead of losing them.
class OutputFile : public Output
{
public:
    ~OutputFile() override
    {
        if (m_file)
            std::fclose(m_file);
    }
    Status open(const std::string &path)
    {
        m_path = path;
        m_file = std::fopen(path.c_str(), "wb");
        if (!m_file)
            return Error(ErrorCode::Io, std::string("cannot write: ") + std::strerror(errno), path);
        return {};
    }
    Status write(const std::string &data) override
    {
        if (std::fwrite(data.data(), 1, data.size(), m_file) != data.size())
            return writeError();
        return {};
    }
    Status close() override
    {
        const bool failed = std::fflush(m_file) != 0 || std::ferror(m_file);
        const int error = errno;
        if (std::fclose(m_file) != 0 && !failed) {
            m_file = nullptr;
            return writeError();
        }
        m_file = nullptr;
        if (failed) {
            errno = error;
            return writeError();
        }
        return {};
    }

private:
    Error writeError() const
    {
        const int error = errno;
        return Error(error == ENOSPC || error == EDQUOT ? ErrorCode::DiskFull : ErrorCode::Io,
                     std::string("write failed: ") + std::strerror(error), m_path);
    }
    std::FILE *m_file = nullptr;
    std::string m_path;
};

class OutputStream : public Output
{
public:
    explicit OutputStream(std::ostream &out)
        : m_out(out)
    {}
    Status write(const std::string &data) override
    {
        m_out.write(data.data(), static_cast<std::streamsize>(data.size()));
        return m_out ? Status() : Error(ErrorCode::Io, "write failed");
    }
    Status close() override
    {
        m_out.flush();
        return m_out ? Status() : Error(ErrorCode::Io, "write failed");
    }

private:
    std::ostream &m_out;
};

struct ModelInfo {
    std::string kind;
    std::int64_t version = 0;
};

// Writes every item of `project` to `out`, streaming, in one read transaction.
Result<ExportReport> exportProject(Project &project, Output &out, const ProgressCallback &progress)
{
    const auto started = std::chrono::steady_clock::now();
    Database &db = project.database();
    ExportReport report;

    // Small lookup tables: fields' taxonomies, user names, model identities.
    std::map<std::int64_t, std::shared_ptr<const Taxonomy>> taxonomies;
    auto fields = project.schema().fields();
    if (!fields)
        return fields.error();
    for (const Field &field : *fields) {
        auto taxonomy = project.schema().taxonomy(field.id);
        if (!taxonomy)
            return taxonomy.error();
        taxonomies[field.id] = *taxonomy;
    }
    std::map<std::int64_t, std::string> userNames;
    if (auto users = project.users().list(true); users)
        for (const User &user : *users)
            userNames[user.id] = user.name;
    else
        return users.error();
    std::map<std::int64_t, ModelInfo> models;
    {
        auto stmt = db.prepare("SELECT id, kind, version FROM models");
        if (!stmt)
            return stmt.error();
        while (true) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            models[stmt->columnInt(0)] = {stmt->columnString(1), stmt->columnInt(2)};
        }
    }
    auto total = project.items().count();
    if (!total)
        return total.error();

    // A read transaction gives one consistent snapshot across the three cursors.
    ASSAY_TRY(db.exec("BEGIN"));
    struct EndRead {
        Database &db;
        ~EndRead() { (void)db.exec("COMMIT"); }
    } endRead{db};

    auto items = db.prepare("SELECT id, external_id, text, meta, " + itemStateSql() +
                            " FROM items ORDER BY id");
    auto annotations = db.prepare(std::string(kAnnotationColumns) + "ORDER BY item_id, id");
    auto gold = db.prepare("SELECT g.item_id, g.field_id, g.value, g.method, u.name, "
                           "g.decided_at, g.reason FROM gold g LEFT JOIN users u "
                           "ON u.id = g.decided_by ORDER BY g.item_id, g.field_id");
    for (auto *stmt : {&items, &annotations, &gold})
        if (!*stmt)
            return stmt->error();

    auto annotationRow = annotations->step();
    if (!annotationRow)
        return annotationRow.error();
    auto goldRow = gold->step();
    if (!goldRow)
        return goldRow.error();

    std::string line;
    std::string buffer;
    buffer.reserve(1 << 20);
    while (true) {
        auto row = items->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const std::int64_t itemId = items->columnInt(0);
        const std::string_view text = items->columnText(2);
        line = "{\"id\":";
        if (items->columnIsNull(1))
            line += "null";
        else
            appendJsonString(line, items->columnText(1));
        line += ",\"item\":" + std::to_string(itemId) + ",\"text\":";
        appendJsonString(line, text);
        if (const std::string_view meta = items->columnText(3); !meta.empty()) {
            line += ",\"meta\":";
            line.append(meta);
        }
        line += ",\"state\":\"";
        line += itemStateName(static_cast<ItemState>(items->columnInt(4)));
        line += '"';

        bool first = true;
        while (*annotationRow && annotations->columnInt(1) <= itemId) {
            if (annotations->columnInt(1) == itemId) {
                const Annotation a = readAnnotationRow(*annotations);
                const auto taxonomy = taxonomies.find(a.fieldId);
                line += first ? ",\"annotations\":[{" : ",{";
                first = false;
                line += "\"field\":";
                appendJsonString(line, taxonomy->second->field().name);
                if (a.author.userId) {
                    line += ",\"user\":";
                    appendJsonString(line, userNames[*a.author.userId]);
                } else {
                    const ModelInfo &model = models[*a.author.modelId];
                    line += ",\"model\":{\"kind\":";
                    appendJsonString(line, model.kind);
                    line += ",\"version\":" + std::to_string(model.version) + "}";
                }
                line += ",\"version\":" + std::to_string(a.version);
                line += a.current ? ",\"current\":true" : ",\"current\":false";
                line += ",\"created_at\":\"" + isoTime(a.createdAt) + "\"";
                if (a.timeSpentMs)
                    line += ",\"time_spent_ms\":" + std::to_string(*a.timeSpentMs);
                appendValueJson(line, *taxonomy->second, a.value, text);
                line += '}';
                ++report.annotations;
            }
            annotationRow = annotations->step();
            if (!annotationRow)
                return annotationRow.error();
        }
        if (!first)
            line += ']';

        first = true;
        while (*goldRow && gold->columnInt(0) <= itemId) {
            if (gold->columnInt(0) == itemId) {
                const auto taxonomy = taxonomies.find(gold->columnInt(1));
                const auto value = AnnotationValue::fromStorageJson(gold->columnText(2))
                                       .value_or(AnnotationValue{});
                line += first ? ",\"gold\":[{" : ",{";
                first = false;
                line += "\"field\":";
                appendJsonString(line, taxonomy->second->field().name);
                appendValueJson(line, *taxonomy->second, value, text);
                line += ",\"method\":";
                appendJsonString(line, gold->columnText(3));
                line += ",\"decided_by\":";
                if (gold->columnIsNull(4))
                    line += "null";
                else
                    appendJsonString(line, gold->columnText(4));
                line += ",\"decided_at\":\"" + isoTime(gold->columnInt(5)) + "\",\"reason\":";
                appendJsonString(line, gold->columnText(6));
                line += '}';
                ++report.gold;
            }
            goldRow = gold->step();
            if (!goldRow)
                return goldRow.error();
        }
        if (!first)
            line += ']';
        line += "}\n";
        buffer += line;
        ++report.items;
        if (buffer.size() >= (1 << 20)) {
            if (auto status = out.write(buffer); !status)
                return status.error();
            buffer.clear();
            if (progress && !progress(static_cast<std::uint64_t>(report.items),
                                      static_cast<std::uint64_t>(*total)))
                return Error(ErrorCode::Cancelled, "export cancelled");
        }
    }
    if (auto status = out.write(buffer); !status)
        return status.error();
    if (auto status = out.close(); !status)
        return status.error();
    if (progress)
        progress(static_cast<std::uint64_t>(report.items), static_cast<std::uint64_t>(*total));
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace

JsonlExporter::JsonlExporter(Project &project)
    : m_project(project)
{}

Result<ExportReport> JsonlExporter::run(const std::string &outputPath,
                                        const ProgressCallback &progress)
{
    if (outputPath == "-")
        return run(std::cout, progress);
    const std::string temporary = outputPath + ".part";
    auto removeTemporary = [&](Error error) {
        std::error_code ec;
        std::filesystem::remove(temporary, ec);
        return error;
    };
    OutputFile out;
    ASSAY_TRY(out.open(temporary));
    auto report = exportProject(m_project, out, progress);
    if (!report)
        return removeTemporary(report.error());
    std::error_code ec;
    std::filesystem::rename(temporary, outputPath, ec);
    if (ec)
        return removeTemporary(Error(
            ErrorCode::Io, "cannot rename to " + outputPath + ": " + ec.message(), temporary));
    return report;
}

Result<ExportReport> JsonlExporter::run(std::ostream &out, const ProgressCallback &progress)
{
    OutputStream stream(out);
    return exportProject(m_project, stream, progress);
}

} // namespace assay::core
