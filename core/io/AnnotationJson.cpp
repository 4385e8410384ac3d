#include "io/AnnotationJson.h"

#include "io/JsonWriter.h"
#include "schema/Taxonomy.h"
#include "text/Utf8.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace assay::core {
namespace {

Result<std::int64_t> resolveLabel(const Taxonomy &taxonomy, const nlohmann::ordered_json &reference)
{
    if (!reference.is_string())
        return Error(ErrorCode::Validation, "a label must be given as a string (its path or name)");
    auto label = taxonomy.resolve(reference.get<std::string>());
    if (!label)
        return label.error();
    return (*label)->id;
}

} // namespace

Result<AnnotationValue> choicesFromJson(const Taxonomy &taxonomy,
                                        const nlohmann::ordered_json &labels,
                                        const nlohmann::ordered_json *scores)
{
    AnnotationValue value;
    const nlohmann::ordered_json list =
        labels.is_array() ? labels : nlohmann::ordered_json::array({labels});
    if (labels.is_null())
        return value;
    if (scores && !scores->is_null() && (!scores->is_array() || scores->size() != list.size()))
        return Error(ErrorCode::Validation, "'scores' must be a list as long as the labels");
    for (std::size_t i = 0; i < list.size(); ++i) {
        auto id = resolveLabel(taxonomy, list[i]);
        if (!id)
            return id.error();
        Choice choice{*id, std::nullopt};
        if (scores && scores->is_array()) {
            if (!(*scores)[i].is_number())
                return Error(ErrorCode::Validation, "scores must be numbers");
            choice.confidence = (*scores)[i].get<double>();
        }
        value.choices.push_back(choice);
    }
    return value;
}

Result<AnnotationValue> spansFromJson(const Taxonomy &taxonomy, const nlohmann::ordered_json &spans)
{
    AnnotationValue value;
    if (spans.is_null())
        return value;
    if (!spans.is_array())
        return Error(ErrorCode::Validation, "spans must be a list");
    for (const auto &span : spans) {
        nlohmann::ordered_json start, end, label;
        if (span.is_array() && span.size() == 3) {
            start = span[0];
            end = span[1];
            label = span[2];
        } else if (span.is_object()) {
            start = span.value("start", nlohmann::ordered_json());
            end = span.value("end", nlohmann::ordered_json());
            label = span.value("label", nlohmann::ordered_json());
        } else {
            return Error(ErrorCode::Validation,
                         "a span must be [start, end, label] or {\"start\", \"end\", \"label\"}");
        }
        if (!start.is_number_integer() || !end.is_number_integer())
            return Error(ErrorCode::Validation, "span offsets must be integers");
        auto id = resolveLabel(taxonomy, label);
        if (!id)
            return id.error();
        value.spans.push_back({start.get<std::int64_t>(), end.get<std::int64_t>(), *id});
    }
    return value;
}

void appendValueJson(std::string &out, const Taxonomy &taxonomy, const AnnotationValue &value,
                     std::string_view itemText)
{
    auto pathOf = [&](std::int64_t id) -> std::string_view {
        const Label *label = taxonomy.byId(id);
        return label ? std::string_view(label->path) : std::string_view("?");
    };
    if (taxonomy.field().kind == FieldKind::Spans) {
        out += ",\"spans\":[";
        for (std::size_t i = 0; i < value.spans.size(); ++i) {
            const Span &span = value.spans[i];
            if (i)
                out += ',';
            out += "{\"start\":" + std::to_string(span.start) +
                   ",\"end\":" + std::to_string(span.end) + ",\"label\":";
            appendJsonString(out, pathOf(span.labelId));
            out += ",\"text\":";
            appendJsonString(out, utf8::slice(itemText, static_cast<std::size_t>(span.start),
                                              static_cast<std::size_t>(span.end)));
            out += '}';
        }
        out += ']';
        return;
    }
    out += ",\"labels\":[";
    bool scored = false;
    for (std::size_t i = 0; i < value.choices.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, pathOf(value.choices[i].labelId));
        scored = scored || value.choices[i].confidence.has_value();
    }
    out += ']';
    if (scored) {
        out += ",\"scores\":[";
        char number[32];
        for (std::size_t i = 0; i < value.choices.size(); ++i) {
            std::snprintf(number, sizeof number, "%s%.6g", i ? "," : "",
                          value.choices[i].confidence.value_or(0.0));
            out += number;
        }
        out += ']';
    }
}

} // namespace assay::core
