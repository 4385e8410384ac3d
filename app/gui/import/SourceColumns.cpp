#include "import/SourceColumns.h"

#include "io/CsvReader.h"
#include "io/InputFile.h"
#include "io/JsonScanner.h"
#include "io/LineReader.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace assay::gui {
namespace {

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

/// Total length in code points of the values seen per column, to guess the text column.
using Lengths = std::map<std::string, std::size_t>;

void addLength(Lengths &lengths, const std::string &name, std::string_view value)
{
    if (core::utf8::isValid(value))
        lengths[name] += core::utf8::length(value);
}

core::Result<SourceColumns> readCsv(core::InputFile &input, char delimiter, Lengths &lengths)
{
    core::LineReader lines(input);
    core::CsvReader csv(lines, delimiter);
    std::vector<std::string> header;
    auto got = csv.next(header);
    if (!got)
        return got.error();
    if (!*got)
        return core::Error(core::ErrorCode::ParseError, "the file is empty; expected a header row",
                           input.path(), 1);
    SourceColumns columns;
    for (const std::string &cell : header) {
        if (!core::utf8::isValid(cell))
            return core::Error(core::ErrorCode::Encoding,
                               "the header is not valid UTF-8; choose the file's encoding",
                               input.path(), 1);
        columns.names.push_back(trimmed(cell));
    }
    std::vector<std::string> fields;
    for (int row = 0; row < SourceColumns::kSampleRows; ++row) {
        auto next = csv.next(fields);
        if (!next || !*next)
            break;
        for (std::size_t i = 0; i < fields.size() && i < columns.names.size(); ++i)
            addLength(lengths, columns.names[i], fields[i]);
    }
    return columns;
}

void addMember(SourceColumns &columns, const std::string &name)
{
    if (!columns.contains(name))
        columns.names.push_back(name);
}

core::Result<SourceColumns> readJsonl(core::InputFile &input, Lengths &lengths)
{
    core::LineReader lines(input);
    SourceColumns columns;
    std::vector<core::JsonMember> members;
    std::vector<core::JsonMember> nested;
    int sampled = 0;
    std::string_view line;
    while (sampled < SourceColumns::kSampleRows) {
        auto got = lines.next(line);
        if (!got)
            return got.error();
        if (!*got)
            break;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        ++sampled;
        core::JsonScanError error;
        if (!core::utf8::isValid(line) || !core::JsonScanner::scanObject(line, members, error))
            continue; // the preview names such rows; the columns come from the good ones
        for (const core::JsonMember &member : members) {
            addMember(columns, member.key);
            if (member.kind == core::JsonKind::String)
                addLength(lengths, member.key, core::JsonScanner::decodeString(member.raw));
            if (member.kind != core::JsonKind::Object ||
                !core::JsonScanner::scanObject(member.raw, nested, error))
                continue;
            for (const core::JsonMember &inner : nested) {
                const std::string name = member.key + "." + inner.key;
                addMember(columns, name);
                if (inner.kind == core::JsonKind::String)
                    addLength(lengths, name, core::JsonScanner::decodeString(inner.raw));
            }
        }
    }
    if (columns.names.empty())
        return core::Error(core::ErrorCode::ParseError,
                           "no JSON object in the first lines; is this a JSON Lines file?",
                           input.path(), 1);
    return columns;
}

std::string lowered(const std::string &text)
{
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

bool looksLikeId(const std::string &name)
{
    // A nested member counts by its own name: "meta.id" is an id.
    const std::string lower = lowered(name);
    const auto dot = lower.rfind('.');
    const std::string last = dot == std::string::npos ? lower : lower.substr(dot + 1);
    return last == "id" || last == "uid" || last == "key" ||
           (last.size() > 2 && (last.ends_with("_id") || last.ends_with("-id"))) ||
           name.find("编号") != std::string::npos || name.find("序号") != std::string::npos;
}

void guess(SourceColumns &columns, const Lengths &lengths)
{
    if (columns.contains("text")) {
        columns.textGuess = "text";
    } else {
        std::size_t longest = 0;
        for (const std::string &name : columns.names) {
            const auto found = lengths.find(name);
            const std::size_t length = found == lengths.end() ? 0 : found->second;
            if (columns.textGuess.empty() || length > longest) {
                columns.textGuess = name;
                longest = length;
            }
        }
    }
    if (columns.contains("id")) {
        columns.idGuess = "id";
        return;
    }
    for (const std::string &name : columns.names)
        if (name != columns.textGuess && looksLikeId(name)) {
            columns.idGuess = name;
            return;
        }
}

} // namespace

bool SourceColumns::contains(const std::string &name) const
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

core::Result<SourceColumns> SourceColumns::read(const core::ImportOptions &options)
{
    const core::ItemFormat format = options.format == core::ItemFormat::Auto
                                        ? core::guessItemFormat(options.path)
                                        : options.format;
    if (format == core::ItemFormat::Text)
        return SourceColumns{};
    auto input = core::InputFile::open(options.path, options.encoding);
    if (!input)
        return input.error();
    Lengths lengths;
    auto columns = format == core::ItemFormat::Jsonl
                       ? readJsonl(**input, lengths)
                       : readCsv(**input, format == core::ItemFormat::Tsv ? '\t' : ',', lengths);
    if (!columns)
        return columns;
    guess(*columns, lengths);
    return columns;
}

} // namespace assay::gui
