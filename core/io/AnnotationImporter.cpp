#include "io/AnnotationImporter.h"

#include "io/AnnotationJson.h"
#include "io/JsonLines.h"
#include "io/JsonWriter.h"
#include "project/Clock.h"
#include "project/Project.h"
#include "workflow/Workflow.h"

#include <chrono>
#include <filesystem>

namespace assay::core {
namespace {

Result<Field> chooseField(SchemaStore &schema, const std::string &name)
{
    if (!name.empty())
        return schema.field(name);
    auto fields = schema.fields();
    if (!fields)
        return fields.error();
    if (fields->size() == 1)
        return fields->front();
    return Error(ErrorCode::InvalidArgument,
                 fields->empty() ? "the project has no fields yet; add one with 'assay schema'"
                                 : "the project has several fields; choose one with --field");
}

Result<std::int64_t> registerModel(Database &db, std::int64_t fieldId, const std::string &name,
                                   const std::string &source)
{
    auto version =
        db.prepare("SELECT coalesce(max(version), 0) + 1 FROM models WHERE field_id = ?");
    if (!version)
        return version.error();
    version->bind(1, fieldId);
    auto row = version->step();
    if (!row)
        return row.error();
    const std::int64_t next = version->columnInt(0);
    auto insert = db.prepare("INSERT INTO models (field_id, version, kind, created_at, params) "
                             "VALUES (?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    const std::string params = "{\"imported_from\":" + jsonQuoted(source) + "}";
    insert->bind(1, fieldId).bind(2, next).bind(3, name).bind(4, nowMillis()).bind(5, params);
    ASSAY_TRY(insert->run());
    return db.lastInsertId();
}

} // namespace

AnnotationImporter::AnnotationImporter(Project &project)
    : m_project(project)
{}

ImportReport AnnotationImporter::run(const AnnotationImportOptions &options,
                                     const ProgressCallback &progress)
{
    const auto started = std::chrono::steady_clock::now();
    ImportReport report;
    report.format = "jsonl";
    auto fail = [&](Error error) {
        m_project.schema().invalidate();
        report.ok = false;
        report.failure = std::move(error);
        report.imported = 0;
        return report;
    };
    if (options.userName.has_value() == options.modelName.has_value())
        return fail(
            Error(ErrorCode::InvalidArgument, "give either a user or a model as the author"));
    auto field = chooseField(m_project.schema(), options.field);
    if (!field)
        return fail(field.error());
    auto taxonomy = m_project.schema().taxonomy(field->id);
    if (!taxonomy)
        return fail(taxonomy.error());
    const std::string labelField = !options.labelField.empty()       ? options.labelField
                                   : field->kind == FieldKind::Spans ? "spans"
                                                                     : "label";
    auto lines = JsonLines::open(options.path);
    if (!lines)
        return fail(lines.error());
    const std::string sourceName = std::filesystem::path(options.path).filename().string();
    report.encoding = (*lines)->input().encodingName();

    Database &db = m_project.database();
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    Author author;
    if (options.userName) {
        auto user = m_project.users().byName(*options.userName);
        if (!user)
            return fail(Error(ErrorCode::NotFound, "no user '" + *options.userName +
                                                       "'; add one with 'assay users add'"));
        author = Author::user(user->id);
    } else {
        auto model = registerModel(db, field->id, *options.modelName, sourceName);
        if (!model)
            return fail(model.error());
        author = Author::model(*model);
    }

    Workflow workflow(m_project);
    auto reject = [&](Error error) {
        ++report.rejected;
        if (report.rowErrors.size() < ImportReport::kMaxListed)
            report.rowErrors.push_back(std::move(error));
    };
    nlohmann::ordered_json doc;
    Error error;
    while (true) {
        const ReadStatus status = (*lines)->next(doc, error);
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
        const auto id = doc.find(options.idField);
        if (id == doc.end() || !(id->is_string() || id->is_number_integer())) {
            rowError("no item id '" + options.idField + "' (a string or an integer)");
            continue;
        }
        const std::string externalId = id->is_string() ? id->get<std::string>() : id->dump();
        auto item = m_project.items().findByExternalId(externalId);
        if (!item)
            return fail(item.error());
        if (!*item) {
            rowError("no item with id '" + externalId + "' in the project");
            continue;
        }
        auto sameId = m_project.items().countByExternalId(externalId);
        if (!sameId)
            return fail(sameId.error());
        if (*sameId > 1) {
            rowError("id '" + externalId + "' names " + std::to_string(*sameId) +
                     " items; labels cannot be matched to one of them");
            continue;
        }
        const auto labels = doc.find(labelField);
        if (labels == doc.end()) {
            rowError("no '" + labelField + "' member");
            continue;
        }
        const auto scores = doc.find(options.scoreField);
        auto value =
            field->kind == FieldKind::Spans
                ? spansFromJson(**taxonomy, *labels)
                : choicesFromJson(**taxonomy, *labels, scores == doc.end() ? nullptr : &*scores);
        if (!value) {
            rowError(value.error().message);
            continue;
        }
        NewAnnotation annotation{(*item)->id,  field->id,   author, std::move(value).value(),
                                 std::nullopt, std::nullopt};
        auto added = m_project.annotations().add(annotation);
        if (!added) {
            if (added.error().code == ErrorCode::Validation) {
                rowError(added.error().message);
                continue;
            }
            return fail(added.error());
        }
        if (author.isModel()) {
            if ((*item)->state == ItemState::New)
                if (auto moved = m_project.items().setState((*item)->id, ItemState::Suggested);
                    !moved)
                    return fail(moved.error());
        } else if (auto decided = workflow.decide((*item)->id); !decided) {
            return fail(decided.error());
        }
        ++report.imported;
        if (progress && report.imported % 1000 == 0 &&
            !progress((*lines)->input().bytesRead(), (*lines)->input().size()))
            return fail(Error(ErrorCode::Cancelled, "cancelled; nothing was imported"));
    }
    if (report.rejected > 0 && !options.skipBad)
        return fail(Error(ErrorCode::Validation,
                          std::to_string(report.rejected) + " line" +
                              (report.rejected == 1 ? " was" : "s were") +
                              " rejected, so nothing was imported; fix them or use --skip-bad",
                          options.path));
    if (report.imported == 0)
        return fail(Error(ErrorCode::Validation, "no annotations to import", options.path));
    report.sha256 = (*lines)->input().sha256();
    const std::string detail = "{\"source\":" + jsonQuoted(sourceName) +
                               ",\"field\":" + jsonQuoted(field->name) +
                               ",\"annotations\":" + std::to_string(report.imported) +
                               ",\"sha256\":\"" + report.sha256 + "\"}";
    if (auto status = m_project.audit().record(options.actingUserId, "annotate.import",
                                               "field:" + field->name, detail);
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
