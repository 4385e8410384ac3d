#include "Verbs.h"
#include "io/JsonLines.h"
#include "project/Project.h"
#include "schema/LabelPath.h"
#include "schema/SchemaJson.h"
#include "schema/TaxonomyReader.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <sstream>

namespace assay::cli {
namespace {

using core::Error;
using core::ErrorCode;

int addField(CommandContext &context)
{
    ArgParser parser("assay schema add-field FILE NAME [--kind single|multi|spans] "
                     "[--labels A,B,C] [--allow-overlap] [--any-level]",
                     "Adds a field (a question asked of every item), optionally with flat labels.");
    parser.positional("FILE", "the project file").positional("NAME", "the field's name");
    parser.option("kind", "KIND", "single, multi or spans", "single");
    parser.option("labels", "LIST",
                  "comma-separated labels to add, each NAME or NAME:HOTKEY (paths may use '/')");
    parser.option("description", "TEXT", "what the field asks");
    parser.flag("allow-overlap", "spans only: let spans overlap");
    parser.flag("any-level", "choice fields: allow choosing inner labels, not only leaves");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    const auto kind = core::parseFieldKind(*parser.value("kind"));
    if (!kind)
        return fail(context,
                    Error(ErrorCode::InvalidArgument, "--kind must be single, multi or spans"));
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    core::Field field;
    field.name = parser.arg("NAME");
    field.kind = *kind;
    field.allowOverlap = parser.isSet("allow-overlap");
    field.leavesOnly = !parser.isSet("any-level");
    field.description = parser.valueOr("description", "");
    auto transaction = core::Transaction::begin(project->database());
    if (!transaction)
        return fail(context, transaction.error());
    auto added = project->schema().addField(field);
    if (!added)
        return fail(context, added.error());
    std::size_t labelCount = 0;
    if (auto labels = parser.value("labels")) {
        std::vector<core::LabelSpec> specs;
        std::stringstream list(*labels);
        for (std::string name; std::getline(list, name, ',');)
            if (!name.empty()) {
                // "人名:p" gives the label a hotkey.
                core::LabelSpec spec;
                const auto colon = name.rfind(':');
                if (colon != std::string::npos && colon + 1 < name.size()) {
                    spec.hotkey = name.substr(colon + 1);
                    name.resize(colon);
                }
                spec.path = core::splitLabelPath(name);
                specs.push_back(std::move(spec));
            }
        auto report = project->schema().addLabels(added->id, specs);
        if (!report) {
            project->schema().invalidate();
            return fail(context, report.error());
        }
        labelCount = report->added;
    }
    (void)project->audit().record(std::nullopt, "schema.add-field", "field:" + field.name);
    if (auto status = transaction->commit(); !status)
        return fail(context, status.error());
    context.out << "added field " << field.name << " (" << core::fieldKindName(field.kind) << ")";
    if (labelCount)
        context.out << " with " << labelCount << " labels";
    context.out << "\n";
    return kExitOk;
}

int importTaxonomy(CommandContext &context)
{
    ArgParser parser("assay schema import FILE TAXONOMY [--field NAME] [--kind KIND]",
                     "Imports labels into a field from a taxonomy file: CSV with one column per "
                     "level (e.g. 一级分类,二级分类,三级分类), or a JSON tree. Without --field, "
                     "TAXONOMY must be a whole schema as written by 'assay schema show --json'.");
    parser.positional("FILE", "the project file")
        .positional("TAXONOMY", "a .csv, .tsv or .json file");
    parser.option("field", "NAME", "the field to add the labels to (created if missing)");
    parser.option("kind", "KIND", "kind of a newly created field: single, multi or spans",
                  "single");
    parser.option("encoding", "NAME", "CSV encoding when not UTF-8/UTF-16, e.g. GB18030", "auto");
    parser.option("levels", "N", "import only the top N levels of the tree");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    core::SchemaStore &schema = project->schema();
    const std::string &path = parser.arg("TAXONOMY");

    if (!parser.value("field")) {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return fail(context, Error(ErrorCode::Io, "cannot open", path));
        std::stringstream buffer;
        buffer << in.rdbuf();
        nlohmann::ordered_json document;
        try {
            document = nlohmann::ordered_json::parse(buffer.str());
        } catch (const nlohmann::ordered_json::parse_error &e) {
            return fail(context, core::jsonParseError(e, buffer.str(), path));
        }
        if (!core::isSchemaDocument(document))
            return fail(context, Error(ErrorCode::InvalidArgument,
                                       "this is not a whole schema; name the field to import "
                                       "the taxonomy into with --field",
                                       path));
        if (auto status = core::importSchemaJson(schema, document, path); !status)
            return fail(context, status.error());
        (void)project->audit().record(std::nullopt, "schema.import", "schema",
                                      "{\"source\":" + nlohmann::json(path).dump() + "}");
        context.out << "imported schema from " << path << "\n";
        return kExitOk;
    }

    const std::string ext = std::filesystem::path(path).extension().string();
    auto specs = ext == ".csv" || ext == ".tsv"
                     ? core::readTaxonomyCsv(path, *parser.value("encoding"))
                     : core::readTaxonomy(path);
    if (!specs)
        return fail(context, specs.error());
    if (auto levels = parser.value("levels")) {
        const int depth = std::atoi(levels->c_str());
        if (depth < 1)
            return fail(context, Error(ErrorCode::InvalidArgument, "--levels must be 1 or more"));
        // Cut every path to its top levels; a cut path loses the leaf's attributes.
        std::vector<core::LabelSpec> cut;
        std::set<std::vector<std::string>> seen;
        for (core::LabelSpec &spec : *specs) {
            if (spec.path.size() > static_cast<std::size_t>(depth)) {
                core::LabelSpec top;
                top.path.assign(spec.path.begin(), spec.path.begin() + depth);
                spec = std::move(top);
            }
            if (seen.insert(spec.path).second)
                cut.push_back(std::move(spec));
        }
        *specs = std::move(cut);
    }
    const auto kind = core::parseFieldKind(*parser.value("kind"));
    if (!kind)
        return fail(context,
                    Error(ErrorCode::InvalidArgument, "--kind must be single, multi or spans"));

    auto transaction = core::Transaction::begin(project->database());
    if (!transaction)
        return fail(context, transaction.error());
    auto field = schema.field(*parser.value("field"));
    if (!field) {
        core::Field created;
        created.name = *parser.value("field");
        created.kind = *kind;
        field = schema.addField(created);
        if (!field)
            return fail(context, field.error());
    }
    auto report = schema.addLabels(field->id, *specs);
    if (!report) {
        schema.invalidate();
        return fail(context, report.error());
    }
    (void)project->audit().record(std::nullopt, "schema.import", "field:" + field->name,
                                  "{\"source\":" + nlohmann::json(path).dump() +
                                      ",\"added\":" + std::to_string(report->added) + "}");
    if (auto status = transaction->commit(); !status) {
        schema.invalidate();
        return fail(context, status.error());
    }
    context.out << "field " << field->name << ": " << report->added << " labels added ("
                << report->existing << " already there); " << report->leaves << " leaves under "
                << report->topLevel << " top-level labels\n";
    return kExitOk;
}

int showSchema(CommandContext &context)
{
    ArgParser parser("assay schema show FILE [--json] [--depth N]",
                     "Shows the project's fields and label trees.");
    parser.positional("FILE", "the project file");
    parser.flag("json", "print the whole schema as JSON (re-importable)");
    parser.option("depth", "N", "levels of each tree to print", "2");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    if (parser.isSet("json")) {
        auto document = core::schemaToJson(project->schema());
        if (!document)
            return fail(context, document.error());
        context.out << document->dump(2) << "\n";
        return kExitOk;
    }
    auto fields = project->schema().fields();
    if (!fields)
        return fail(context, fields.error());
    if (fields->empty())
        context.out << "no fields yet; add one with 'assay schema add-field' or "
                       "'assay schema import --field'\n";
    const int depth = std::max(1, std::atoi(parser.value("depth")->c_str()));
    for (const core::Field &field : *fields) {
        auto taxonomy = project->schema().taxonomy(field.id);
        if (!taxonomy)
            return fail(context, taxonomy.error());
        const core::Taxonomy &tree = **taxonomy;
        context.out << field.name << " (" << core::fieldKindName(field.kind) << "): " << tree.size()
                    << " labels, " << tree.leafCount() << " leaves, " << tree.topLevelCount()
                    << " top-level, depth " << tree.maxDepth() << "\n";
        for (const core::Label &label : tree.labels()) {
            if (label.depth > depth)
                continue;
            context.out << std::string(static_cast<std::size_t>(label.depth) * 2, ' ')
                        << label.name;
            const auto children = tree.children(label.id).size();
            if (children && label.depth == depth)
                context.out << " (" << children << ")";
            if (!label.hotkey.empty())
                context.out << " [" << label.hotkey << "]";
            if (label.deprecated)
                context.out << " (deprecated)";
            context.out << "\n";
        }
    }
    return kExitOk;
}

} // namespace

int runSchema(CommandContext &context)
{
    return dispatch(context, "schema",
                    {{"add-field", addField}, {"import", importTaxonomy}, {"show", showSchema}});
}

} // namespace assay::cli
