#include "io/NativeImporter.h"

#include "io/AnnotationJson.h"
#include "io/JsonLines.h"
#include "io/JsonScanner.h"
#include "io/JsonWriter.h"
#include "items/Item.h"
#include "items/ItemWriter.h"
#include "project/Clock.h"
#include "project/Project.h"
#include "text/Utf8.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>

namespace assay::core {
namespace {

// Parses the exporter's "YYYY-MM-DDTHH:MM:SS.mmmZ" back to Unix milliseconds.
std::optional<std::int64_t> parseIsoTime(const std::string &text)
{
    std::tm utc{};
    int millis = 0;
    if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d.%dZ", &utc.tm_year, &utc.tm_mon, &utc.tm_mday,
                    &utc.tm_hour, &utc.tm_min, &utc.tm_sec, &millis) != 7)
        return std::nullopt;
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    return static_cast<std::int64_t>(timegm(&utc)) * 1000 + millis;
}

// A top-level member of a JSON object line exactly as written (compacted), so that metadata
// keeps its spelling of numbers and escapes; "" when it is missing or null.
std::string rawMember(std::string_view line, std::string_view key)
{
    std::vector<JsonMember> members;
    JsonScanError ignored;
    if (!JsonScanner::scanObject(line, members, ignored))
        return {};
    for (const JsonMember &member : members)
        if (member.key == key && member.kind != JsonKind::Null) {
            std::string raw;
            appendCompactJson(raw, member.raw);
            return raw;
        }
    return {};
}

// Everything the importer looks up by name while reading, created on first use.
class Authors
{
public:
    explicit Authors(Project &project)
        : m_project(project)
    {}

    Result<Author> resolve(const nlohmann::ordered_json &entry, std::int64_t fieldId)
    {
        if (auto user = entry.find("user"); user != entry.end() && user->is_string()) {
            const std::string name = user->get<std::string>();
            if (auto found = m_users.find(name); found != m_users.end())
                return Author::user(found->second);
            auto existing = m_project.users().byName(name);
            if (!existing)
                existing = m_project.users().add(name, {Role::Annotator});
            if (!existing)
                return existing.error();
            m_users[name] = existing->id;
            return Author::user(existing->id);
        }
        auto model = entry.find("model");
        if (model == entry.end() || !model->is_object())
            return Error(ErrorCode::Validation, "an annotation needs a \"user\" or a \"model\"");
        const std::string kind = model->value("kind", std::string("imported"));
        const std::int64_t version = model->value("version", std::int64_t{1});
        const auto key = std::make_tuple(fieldId, kind, version);
        if (auto found = m_models.find(key); found != m_models.end())
            return Author::model(found->second);
        Database &db = m_project.database();
        auto lookup = db.prepare("SELECT id FROM models WHERE field_id = ? AND version = ?");
        if (!lookup)
            return lookup.error();
        lookup->bind(1, fieldId).bind(2, version);
        auto row = lookup->step();
        if (!row)
            return row.error();
        std::int64_t id = 0;
        if (*row) {
            id = lookup->columnInt(0);
        } else {
            auto insert = db.prepare("INSERT INTO models (field_id, version, kind, created_at, "
                                     "params) VALUES (?, ?, ?, ?, '{\"imported\":true}')");
            if (!insert)
                return insert.error();
            insert->bind(1, fieldId).bind(2, version).bind(3, kind).bind(4, nowMillis());
            ASSAY_TRY(insert->run());
            id = db.lastInsertId();
        }
        m_models[key] = id;
        return Author::model(id);
    }

    Result<std::optional<std::int64_t>> userId(const nlohmann::ordered_json &name)
    {
        if (!name.is_string())
            return std::optional<std::int64_t>();
        auto user = m_project.users().byName(name.get<std::string>());
        if (!user)
            user = m_project.users().add(name.get<std::string>(), {Role::Annotator});
        if (!user)
            return user.error();
        return std::optional<std::int64_t>(user->id);
    }

private:
    Project &m_project;
    std::map<std::string, std::int64_t> m_users;
    std::map<std::tuple<std::int64_t, std::string, std::int64_t>, std::int64_t> m_models;
};

struct FieldInfo {
    Field field;
    std::shared_ptr<const Taxonomy> taxonomy;
};

Result<AnnotationValue> readValue(const FieldInfo &info, const nlohmann::ordered_json &entry)
{
    const nlohmann::ordered_json &plain = entry;
    if (info.field.kind == FieldKind::Spans)
        return spansFromJson(*info.taxonomy, plain.value("spans", nlohmann::ordered_json::array()));
    const auto scores = plain.find("scores");
    return choicesFromJson(*info.taxonomy, plain.value("labels", nlohmann::ordered_json::array()),
                           scores == plain.end() ? nullptr : &*scores);
}

} // namespace

NativeImporter::NativeImporter(Project &project)
    : m_project(project)
{}

ImportReport NativeImporter::run(const ImportOptions &options, const ProgressCallback &progress)
{
    const auto started = std::chrono::steady_clock::now();
    ImportReport report;
    report.format = "assay";
    auto fail = [&](Error error) {
        report.ok = false;
        report.failure = std::move(error);
        report.imported = 0;
        return report;
    };
    auto lines = JsonLines::open(options.path);
    if (!lines)
        return fail(lines.error());
    report.encoding = (*lines)->input().encodingName();
    const std::string sourceName = std::filesystem::path(options.path).filename().string();

    std::map<std::string, FieldInfo> fields;
    auto fieldList = m_project.schema().fields();
    if (!fieldList)
        return fail(fieldList.error());
    for (const Field &field : *fieldList) {
        auto taxonomy = m_project.schema().taxonomy(field.id);
        if (!taxonomy)
            return fail(taxonomy.error());
        fields[field.name] = {field, *taxonomy};
    }

    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    auto batch = db.prepare("INSERT INTO batches (source, format, sha256, imported_at, user_id) "
                            "VALUES (?, 'assay', '', ?, ?)");
    if (!batch)
        return fail(batch.error());
    batch->bind(1, sourceName).bind(2, nowMillis()).bind(3, options.userId);
    if (auto status = batch->run(); !status)
        return fail(status.error());
    report.batchId = db.lastInsertId();
    auto writer = ItemWriter::create(db, report.batchId);
    if (!writer)
        return fail(writer.error());
    auto gold = db.prepare("INSERT INTO gold (item_id, field_id, value, method, decided_by, "
                           "decided_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!gold)
        return fail(gold.error());

    Authors authors(m_project);
    auto reject = [&](Error error) {
        ++report.rejected;
        if (report.rowErrors.size() < ImportReport::kMaxListed)
            report.rowErrors.push_back(std::move(error));
    };
    nlohmann::ordered_json parsed;
    Error error;
    while (true) {
        const ReadStatus status = (*lines)->next(parsed, error);
        if (status == ReadStatus::End)
            break;
        if (status == ReadStatus::Fatal)
            return fail(error);
        if (status == ReadStatus::RowError) {
            reject(error);
            continue;
        }
        const std::int64_t line = (*lines)->line();
        auto rowError = [&](const std::string &message) {
            reject(Error(ErrorCode::Validation, message, options.path, line));
        };
        const nlohmann::ordered_json &doc = parsed;
        if (!doc.contains("text") || !doc["text"].is_string()) {
            rowError("no \"text\" string: is this an Assay export?");
            continue;
        }
        const std::string text = doc["text"].get<std::string>();
        std::optional<std::string> externalId;
        if (doc.contains("id") && doc["id"].is_string())
            externalId = doc["id"].get<std::string>();
        const std::string meta = rawMember((*lines)->text(), "meta");
        const auto state = parseItemState(doc.value("state", std::string("new")));
        if (!state) {
            rowError("unknown state '" + doc.value("state", std::string()) + "'");
            continue;
        }
        auto itemId =
            writer->insert(externalId, text, meta, static_cast<std::int64_t>(utf8::length(text)),
                           contentHash(text), *state);
        if (!itemId) {
            rowError(itemId.error().code == ErrorCode::Validation
                         ? "duplicate id '" + externalId.value_or("") + "'"
                         : itemId.error().message);
            continue;
        }
        if (auto counted = m_project.items().adjustStateCount(*state, 1); !counted)
            return fail(counted.error());

        bool bad = false;
        for (const auto &entry : doc.value("annotations", nlohmann::ordered_json::array())) {
            const auto field = fields.find(entry.value("field", std::string()));
            if (field == fields.end()) {
                rowError("unknown field '" + entry.value("field", std::string()) + "'");
                bad = true;
                break;
            }
            auto author = authors.resolve(entry, field->second.field.id);
            auto value = readValue(field->second, entry);
            if (!author || !value) {
                rowError(!author ? author.error().message : value.error().message);
                bad = true;
                break;
            }
            NewAnnotation annotation{
                *itemId,      field->second.field.id,
                *author,      *value,
                std::nullopt, parseIsoTime(entry.value("created_at", std::string()))};
            if (entry.contains("time_spent_ms") && entry["time_spent_ms"].is_number_integer())
                annotation.timeSpentMs = entry["time_spent_ms"].get<std::int64_t>();
            auto added = m_project.annotations().add(annotation);
            if (!added) {
                rowError(added.error().message);
                bad = true;
                break;
            }
        }
        for (const auto &entry : doc.value("gold", nlohmann::ordered_json::array())) {
            if (bad)
                break;
            const auto field = fields.find(entry.value("field", std::string()));
            auto value =
                field == fields.end()
                    ? Result<AnnotationValue>(Error(ErrorCode::Validation, "unknown field"))
                    : readValue(field->second, entry);
            auto decider = authors.userId(entry.value("decided_by", nlohmann::ordered_json()));
            if (!value || !decider) {
                rowError("gold: " + (!value ? value.error().message : decider.error().message));
                bad = true;
                break;
            }
            // Bound text is not copied: it must live until the statement has run.
            const std::string stored = value->toStorageJson();
            const std::string method = entry.value("method", std::string("import"));
            const std::string reason = entry.value("reason", std::string());
            gold->bind(1, *itemId).bind(2, field->second.field.id).bind(3, stored);
            gold->bind(4, method).bind(5, *decider);
            gold->bind(
                6, parseIsoTime(entry.value("decided_at", std::string())).value_or(nowMillis()));
            gold->bind(7, reason);
            if (auto inserted = gold->run(); !inserted)
                return fail(inserted.error());
        }
        if (bad)
            continue;
        ++report.imported;
        if (progress && report.imported % 1000 == 0 &&
            !progress((*lines)->input().bytesRead(), (*lines)->input().size()))
            return fail(Error(ErrorCode::Cancelled, "import cancelled; nothing was imported"));
    }
    if (report.rejected > 0)
        return fail(Error(ErrorCode::Validation,
                          std::to_string(report.rejected) +
                              " line(s) were rejected, so nothing was imported",
                          options.path));
    if (report.imported == 0)
        return fail(Error(ErrorCode::Validation, "no items to import", options.path));
    report.sha256 = (*lines)->input().sha256();
    auto finish = db.prepare("UPDATE batches SET sha256 = ?, item_count = ? WHERE id = ?");
    if (!finish)
        return fail(finish.error());
    finish->bind(1, report.sha256).bind(2, report.imported).bind(3, report.batchId);
    if (auto status = finish->run(); !status)
        return fail(status.error());
    if (auto status = m_project.audit().record(
            options.userId, "import", "batch:" + std::to_string(report.batchId),
            "{\"source\":" + jsonQuoted(sourceName) +
                ",\"format\":\"assay\",\"items\":" + std::to_string(report.imported) + "}");
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
