#include "model/LabelledJsonl.h"

#include "io/InputFile.h"
#include "io/LineReader.h"

#include <nlohmann/json.hpp>

namespace assay::core {
namespace {

bool labelText(const nlohmann::json &value, std::string &out) {
    if (value.is_string()) {
        out = value.get<std::string>();
        return !out.empty();
    }
    if (value.is_number_integer()) {
        out = std::to_string(value.get<std::int64_t>());
        return true;
    }
    if (value.is_number()) {
        out = value.dump();
        return true;
    }
    return false;
}

} // namespace

Result<std::vector<LabelledText>> LabelledJsonl::read(const std::string &path,
                                                      const std::string &textField,
                                                      const std::string &labelField) {
    auto input = InputFile::open(path);
    if (!input)
        return input.error();
    LineReader reader(**input);
    std::vector<LabelledText> rows;
    std::string_view line;
    while (true) {
        auto more = reader.next(line);
        if (!more)
            return more.error();
        if (!*more)
            break;
        const std::int64_t number = reader.lineNumber();
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        auto bad = [&](const std::string &what) {
            return Error(ErrorCode::ParseError, what, path, number);
        };
        auto object = nlohmann::json::parse(line, nullptr, false);
        if (object.is_discarded())
            return bad("not valid JSON");
        if (!object.is_object())
            return bad("expected a JSON object");
        LabelledText row;
        row.line = number;
        auto text = object.find(textField);
        if (text == object.end())
            return bad("no text field '" + textField + "' (use --text-field to name it)");
        if (!text->is_string())
            return bad("the text field '" + textField + "' is not a string");
        row.text = text->get<std::string>();
        auto label = object.find(labelField);
        if (label == object.end() || label->is_null())
            return bad("no label field '" + labelField + "' (use --label-field to name it)");
        std::string name;
        if (label->is_array()) {
            for (const auto &element : *label) {
                if (!labelText(element, name))
                    return bad("the label list '" + labelField +
                               "' holds something that is not a label name");
                row.labels.push_back(name);
            }
            if (row.labels.empty())
                return bad("the label list '" + labelField + "' is empty");
        } else if (labelText(*label, name)) {
            row.labels.push_back(name);
        } else {
            return bad("the label field '" + labelField +
                       "' must be a non-empty string, a number or a list");
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace assay::core
