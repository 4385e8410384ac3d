#include "model/LabelledDataReader.h"

#include "io/CsvItemSource.h"
#include "io/ItemSource.h"

#include <nlohmann/json.hpp>

namespace assay::core {
namespace {

bool labelText(const nlohmann::json &value, std::string &out)
{
    if (value.is_string()) {
        out = value.get<std::string>();
        const auto first = out.find_first_not_of(" \t\r\n");
        const auto last = out.find_last_not_of(" \t\r\n");
        out = first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
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

// The label column must be in a CSV or TSV header; say so once, at line 1, not at each row.
Status checkHeader(ItemSource &source, const LabelledFile &file)
{
    auto *csv = dynamic_cast<CsvItemSource *>(&source);
    if (!csv)
        return {};
    std::string columns;
    for (const std::string &name : csv->header()) {
        if (name == file.labelField)
            return {};
        columns += (columns.empty() ? "" : ", ") + name;
    }
    return Error(ErrorCode::Validation,
                 "no column '" + file.labelField + "' in the header (columns: " + columns +
                     "); choose the label column with --label-field",
                 file.path, 1);
}

Status readLabels(const ItemRecord &record, const LabelledFile &file,
                  std::vector<std::string> &labels)
{
    auto bad = [&](const std::string &what) {
        return Error(ErrorCode::ParseError, what, file.path, record.line);
    };
    const std::string &field = file.labelField;
    nlohmann::json meta = record.meta.empty() ? nlohmann::json::object()
                                              : nlohmann::json::parse(record.meta, nullptr, false);
    nlohmann::json value;
    if (auto found = meta.find(field); meta.is_object() && found != meta.end())
        value = *found;
    else if (field == "id" && record.externalId)
        value = *record.externalId; // the sources take "id" as the external id
    if (value.is_null())
        return bad("no label field '" + field + "' (use --label-field to name it)");
    std::string name;
    if (value.is_array()) {
        for (const auto &element : value) {
            if (!labelText(element, name))
                return bad("the label list '" + field +
                           "' holds something that is not a label name");
            labels.push_back(name);
        }
        if (labels.empty())
            return bad("the label list '" + field + "' is empty");
        return {};
    }
    if (!labelText(value, name))
        return bad("the label field '" + field +
                   "' must be a non-empty string, a number or a list");
    labels.push_back(name);
    return {};
}

} // namespace

Result<std::vector<LabelledText>> LabelledDataReader::read(const LabelledFile &file)
{
    if (file.labelField == file.textField)
        return Error(ErrorCode::InvalidArgument,
                     "the text and the label are both read from '" + file.textField +
                         "'; name the label with --label-field",
                     file.path);
    ImportOptions options;
    options.path = file.path;
    options.encoding = file.encoding;
    options.textField = file.textField;
    auto source = ItemSource::open(options);
    if (!source)
        return source.error();
    ASSAY_TRY(checkHeader(**source, file));
    std::vector<LabelledText> rows;
    ItemRecord record;
    Error error;
    while (true) {
        const ReadStatus status = (*source)->next(record, error);
        if (status == ReadStatus::End)
            break;
        if (status != ReadStatus::Item)
            return error;
        LabelledText row;
        row.line = record.line;
        ASSAY_TRY(readLabels(record, file, row.labels));
        row.text = std::move(record.text);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace assay::core
