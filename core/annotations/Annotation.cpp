#include "annotations/Annotation.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace assay::core {

bool AnnotationValue::sameAnswer(const AnnotationValue &other) const
{
    auto labelsOf = [](const AnnotationValue &v) {
        std::vector<std::int64_t> ids;
        for (const Choice &c : v.choices)
            ids.push_back(c.labelId);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    auto spansOf = [](const AnnotationValue &v) {
        auto spans = v.spans;
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
            return std::tie(a.start, a.end, a.labelId) < std::tie(b.start, b.end, b.labelId);
        });
        return spans;
    };
    return labelsOf(*this) == labelsOf(other) && spansOf(*this) == spansOf(other);
}

std::string AnnotationValue::toStorageJson() const
{
    std::string out;
    out.reserve(32 + choices.size() * 24 + spans.size() * 24);
    if (!spans.empty() || choices.empty()) {
        out += "{\"spans\":[";
        for (std::size_t i = 0; i < spans.size(); ++i) {
            if (i)
                out += ',';
            out += '[' + std::to_string(spans[i].start) + ',' + std::to_string(spans[i].end) + ',' +
                   std::to_string(spans[i].labelId) + ']';
        }
        out += "]}";
        return out;
    }
    out += "{\"labels\":[";
    bool scored = false;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i)
            out += ',';
        out += std::to_string(choices[i].labelId);
        scored = scored || choices[i].confidence.has_value();
    }
    out += ']';
    if (scored) {
        out += ",\"scores\":[";
        char number[32];
        for (std::size_t i = 0; i < choices.size(); ++i) {
            if (i)
                out += ',';
            std::snprintf(number, sizeof number, "%.6g", choices[i].confidence.value_or(0.0));
            out += number;
        }
        out += ']';
    }
    out += '}';
    return out;
}

std::optional<AnnotationValue> AnnotationValue::fromStorageJson(std::string_view json)
{
    auto parsed = nlohmann::json::parse(json, nullptr, false);
    if (!parsed.is_object())
        return std::nullopt;
    AnnotationValue value;
    try {
        if (auto labels = parsed.find("labels"); labels != parsed.end() && labels->is_array()) {
            const auto scores = parsed.find("scores");
            const bool scored =
                scores != parsed.end() && scores->is_array() && scores->size() == labels->size();
            for (std::size_t i = 0; i < labels->size(); ++i) {
                Choice choice;
                choice.labelId = (*labels)[i].get<std::int64_t>();
                if (scored)
                    choice.confidence = (*scores)[i].get<double>();
                value.choices.push_back(choice);
            }
        }
        if (auto spans = parsed.find("spans"); spans != parsed.end() && spans->is_array()) {
            for (const auto &span : *spans) {
                if (!span.is_array() || span.size() != 3)
                    return std::nullopt;
                value.spans.push_back({span[0].get<std::int64_t>(), span[1].get<std::int64_t>(),
                                       span[2].get<std::int64_t>()});
            }
        }
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
    return value;
}

} // namespace assay::core
