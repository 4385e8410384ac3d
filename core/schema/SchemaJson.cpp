#include "schema/SchemaJson.h"

#include "schema/SchemaStore.h"
#include "schema/TaxonomyReader.h"
#include "storage/Database.h"

#include <nlohmann/json.hpp>

namespace assay::core {
namespace {

nlohmann::ordered_json labelToJson(const Taxonomy &taxonomy, const Label &label)
{
    nlohmann::ordered_json node;
    node["name"] = label.name;
    if (!label.english.empty())
        node["english"] = label.english;
    if (!label.aliases.empty())
        node["aliases"] = label.aliases;
    if (!label.guideline.empty())
        node["guideline"] = label.guideline;
    if (!label.hotkey.empty())
        node["hotkey"] = label.hotkey;
    if (label.tier == LabelTier::Rare)
        node["tier"] = "rare";
    if (label.deprecated)
        node["deprecated"] = true;
    if (!label.color.empty())
        node["color"] = label.color;
    const auto &children = taxonomy.children(label.id);
    if (!children.empty()) {
        auto list = nlohmann::ordered_json::array();
        for (std::int64_t child : children)
            list.push_back(labelToJson(taxonomy, *taxonomy.byId(child)));
        node["children"] = std::move(list);
    }
    return node;
}

} // namespace

bool isSchemaDocument(const nlohmann::ordered_json &document)
{
    return document.is_object() && document.contains("fields") && document["fields"].is_array();
}

Result<nlohmann::ordered_json> schemaToJson(SchemaStore &schema)
{
    auto fields = schema.fields();
    if (!fields)
        return fields.error();
    nlohmann::ordered_json document;
    document["assay_schema"] = 1;
    auto list = nlohmann::ordered_json::array();
    for (const Field &field : *fields) {
        auto taxonomy = schema.taxonomy(field.id);
        if (!taxonomy)
            return taxonomy.error();
        nlohmann::ordered_json node;
        node["name"] = field.name;
        node["kind"] = fieldKindName(field.kind);
        if (field.kind == FieldKind::Spans)
            node["allow_overlap"] = field.allowOverlap;
        else
            node["leaves_only"] = field.leavesOnly;
        if (!field.description.empty())
            node["description"] = field.description;
        auto labels = nlohmann::ordered_json::array();
        for (std::int64_t top : (*taxonomy)->children(0))
            labels.push_back(labelToJson(**taxonomy, *(*taxonomy)->byId(top)));
        node["labels"] = std::move(labels);
        list.push_back(std::move(node));
    }
    document["fields"] = std::move(list);
    return document;
}

namespace {

Status importFields(SchemaStore &schema, const nlohmann::ordered_json &document,
                    const std::string &sourceName)
{
    for (const auto &node : document["fields"]) {
        if (!node.is_object() || !node.contains("name") || !node["name"].is_string())
            return Error(ErrorCode::Validation, "every field needs a \"name\"", sourceName);
        const std::string name = node["name"].get<std::string>();
        const std::string kindName = node.value("kind", std::string("single"));
        const auto kind = parseFieldKind(kindName);
        if (!kind)
            return Error(ErrorCode::Validation,
                         "field '" + name + "': unknown kind '" + kindName +
                             "' (single, multi or spans)",
                         sourceName);
        auto existing = schema.field(name);
        Field field;
        if (existing) {
            if (existing->kind != *kind)
                return Error(ErrorCode::Validation,
                             "field '" + name + "' exists with kind " +
                                 std::string(fieldKindName(existing->kind)) + ", not " + kindName,
                             sourceName);
            field = *existing;
        } else {
            field.name = name;
            field.kind = *kind;
            field.allowOverlap = node.value("allow_overlap", false);
            field.leavesOnly = node.value("leaves_only", true);
            field.description = node.value("description", std::string());
            auto added = schema.addField(field);
            if (!added)
                return added.error();
            field = *added;
        }
        if (node.contains("labels")) {
            auto specs = taxonomyFromJson(node["labels"], sourceName);
            if (!specs) {
                if (node["labels"].empty())
                    continue;
                return specs.error();
            }
            auto report = schema.addLabels(field.id, *specs);
            if (!report)
                return report.error();
        }
    }
    return {};
}

} // namespace

Status importSchemaJson(SchemaStore &schema, const nlohmann::ordered_json &document,
                        const std::string &sourceName)
{
    if (!isSchemaDocument(document))
        return Error(ErrorCode::Validation, "not a schema document: expected {\"fields\": [...]}",
                     sourceName);
    auto transaction = Transaction::begin(schema.database());
    if (!transaction)
        return transaction.error();
    Status status;
    try {
        status = importFields(schema, document, sourceName);
    } catch (const nlohmann::ordered_json::exception &e) {
        status = Error(ErrorCode::Validation, std::string("unexpected JSON shape: ") + e.what(),
                       sourceName);
    }
    if (status)
        status = transaction->commit();
    if (!status) {
        transaction->rollback();
        schema.invalidate();
    }
    return status;
}

} // namespace assay::core
