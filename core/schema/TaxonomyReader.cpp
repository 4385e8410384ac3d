#include "schema/TaxonomyReader.h"

#include "io/CsvReader.h"
#include "io/InputFile.h"
#include "io/JsonLines.h"
#include "schema/LabelPath.h"
#include "text/Utf8.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace assay::core {
namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trim(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::vector<std::string> splitAliases(std::string_view text)
{
    std::vector<std::string> aliases;
    std::string current;
    for (char c : text) {
        if (c == '|' || c == ';') {
            if (auto t = trim(current); !t.empty())
                aliases.push_back(t);
            current.clear();
        } else {
            current += c;
        }
    }
    if (auto t = trim(current); !t.empty())
        aliases.push_back(t);
    return aliases;
}

bool parseBool(std::string_view text)
{
    const std::string t = lower(trim(text));
    return t == "1" || t == "true" || t == "yes" || t == "y" || t == "x";
}

enum class Column { Level, Aliases, Guideline, Hotkey, English, Tier, Deprecated, Color };

Column classify(const std::string &header)
{
    const std::string h = lower(trim(header));
    if (h == "aliases" || h == "alias")
        return Column::Aliases;
    if (h == "guideline" || h == "guidelines" || h == "description")
        return Column::Guideline;
    if (h == "hotkey" || h == "key")
        return Column::Hotkey;
    if (h == "english" || h == "en")
        return Column::English;
    if (h == "tier")
        return Column::Tier;
    if (h == "deprecated")
        return Column::Deprecated;
    if (h == "color" || h == "colour")
        return Column::Color;
    return Column::Level;
}

} // namespace

Result<std::vector<LabelSpec>> readTaxonomyCsv(const std::string &path, const std::string &encoding)
{
    auto input = InputFile::open(path, encoding);
    if (!input)
        return input.error();
    LineReader lines(**input);
    const std::string ext = lower(std::filesystem::path(path).extension().string());
    CsvReader csv(lines, ext == ".tsv" ? '\t' : ',');
    std::vector<std::string> header;
    auto got = csv.next(header);
    if (!got)
        return got.error();
    if (!*got)
        return Error(ErrorCode::ParseError, "the file is empty; expected a header row", path, 1);
    std::vector<Column> columns;
    std::size_t levels = 0;
    for (const std::string &h : header) {
        columns.push_back(classify(h));
        levels += columns.back() == Column::Level;
    }
    if (levels == 0)
        return Error(ErrorCode::Validation, "no level columns in the header", path, 1);

    std::vector<LabelSpec> specs;
    std::vector<std::string> row;
    while (true) {
        got = csv.next(row);
        if (!got)
            return got.error();
        if (!*got)
            break;
        const std::int64_t line = csv.recordLine();
        if (row.size() == 1 && trim(row[0]).empty())
            continue;
        if (row.size() != header.size())
            return Error(ErrorCode::ParseError,
                         "expected " + std::to_string(header.size()) + " columns, found " +
                             std::to_string(row.size()),
                         path, line);
        LabelSpec spec;
        bool gap = false;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (!utf8::isValid(row[i]))
                return Error(ErrorCode::Encoding, "invalid UTF-8 (try --encoding GB18030)", path,
                             line);
            const std::string cell = trim(row[i]);
            switch (columns[i]) {
            case Column::Level:
                if (cell.empty()) {
                    gap = true;
                } else if (gap) {
                    return Error(ErrorCode::Validation,
                                 "level '" + header[i] +
                                     "' is filled but an earlier level is empty",
                                 path, line);
                } else {
                    spec.path.push_back(cell);
                }
                break;
            case Column::Aliases:
                spec.aliases = splitAliases(cell);
                break;
            case Column::Guideline:
                spec.guideline = cell;
                break;
            case Column::Hotkey:
                spec.hotkey = cell;
                break;
            case Column::English:
                spec.english = cell;
                break;
            case Column::Tier:
                spec.tier = lower(cell) == "rare" ? LabelTier::Rare : LabelTier::Common;
                break;
            case Column::Deprecated:
                spec.deprecated = parseBool(cell);
                break;
            case Column::Color:
                spec.color = cell;
                break;
            }
        }
        if (spec.path.empty())
            return Error(ErrorCode::Validation, "the row names no label", path, line);
        specs.push_back(std::move(spec));
    }
    if (specs.empty())
        return Error(ErrorCode::Validation, "no labels in the file", path);
    return specs;
}

namespace {

Status addNode(const nlohmann::ordered_json &node, std::vector<std::string> &path,
               std::vector<LabelSpec> &specs, const std::string &source);

constexpr const char *kNameKeys[] = {"name", "value", "label", "title"};

// An object that describes one label ({"value": "x", "children": ...}), not a map of names.
bool isNode(const nlohmann::ordered_json &object)
{
    for (const char *key : kNameKeys)
        if (auto it = object.find(key); it != object.end() && it->is_string())
            return true;
    return false;
}

Status addChildren(const nlohmann::ordered_json &children, std::vector<std::string> &path,
                   std::vector<LabelSpec> &specs, const std::string &source)
{
    if (children.is_null())
        return {};
    if (children.is_array()) {
        for (const auto &child : children)
            ASSAY_TRY(addNode(child, path, specs, source));
        return {};
    }
    if (children.is_object()) {
        // A single node where a list was expected (some tools write one child this way).
        if (isNode(children))
            return addNode(children, path, specs, source);
        // {"name": subtree} form: keys are names, values are their children.
        for (const auto &[name, sub] : children.items()) {
            if (sub.is_object() && isNode(sub)) {
                ASSAY_TRY(addNode(sub, path, specs, source));
                continue;
            }
            path.push_back(name);
            LabelSpec spec;
            spec.path = path;
            specs.push_back(spec);
            auto status = addChildren(sub, path, specs, source);
            path.pop_back();
            ASSAY_TRY(status);
        }
        return {};
    }
    if (children.is_string()) {
        path.push_back(children.get<std::string>());
        LabelSpec spec;
        spec.path = path;
        specs.push_back(spec);
        path.pop_back();
        return {};
    }
    return Error(ErrorCode::Validation,
                 "under '" + joinLabelPath(path) + "': expected a list or object of labels",
                 source);
}

Status addNode(const nlohmann::ordered_json &node, std::vector<std::string> &path,
               std::vector<LabelSpec> &specs, const std::string &source)
{
    if (node.is_string())
        return addChildren(node, path, specs, source);
    if (!node.is_object())
        return Error(ErrorCode::Validation,
                     "under '" + joinLabelPath(path) + "': a label must be a name or an object",
                     source);
    std::string name;
    for (const char *key : kNameKeys)
        if (auto it = node.find(key); it != node.end() && it->is_string()) {
            name = it->get<std::string>();
            break;
        }
    if (name.empty())
        return addChildren(node, path, specs, source); // a plain {"name": subtree} map
    LabelSpec spec;
    path.push_back(name);
    spec.path = path;
    if (auto it = node.find("aliases"); it != node.end() && it->is_array())
        for (const auto &alias : *it)
            if (alias.is_string())
                spec.aliases.push_back(alias.get<std::string>());
    spec.guideline = node.value("guideline", node.value("description", std::string()));
    spec.hotkey = node.value("hotkey", std::string());
    spec.english = node.value("english", std::string());
    spec.tier = node.value("tier", std::string()) == "rare" ? LabelTier::Rare : LabelTier::Common;
    spec.deprecated = node.value("deprecated", false);
    spec.color = node.value("color", node.value("background", std::string()));
    specs.push_back(std::move(spec));
    Status status;
    if (auto it = node.find("children"); it != node.end())
        status = addChildren(*it, path, specs, source);
    path.pop_back();
    return status;
}

} // namespace

Result<std::vector<LabelSpec>> taxonomyFromJson(const nlohmann::ordered_json &tree,
                                                const std::string &sourceName)
{
    std::vector<LabelSpec> specs;
    std::vector<std::string> path;
    try {
        const nlohmann::ordered_json &root =
            tree.is_object() && tree.contains("labels") ? tree["labels"] : tree;
        ASSAY_TRY(addChildren(root, path, specs, sourceName));
    } catch (const nlohmann::ordered_json::exception &e) {
        return Error(ErrorCode::Validation, std::string("unexpected JSON shape: ") + e.what(),
                     sourceName);
    }
    if (specs.empty())
        return Error(ErrorCode::Validation, "no labels in the file", sourceName);
    return specs;
}

Result<std::vector<LabelSpec>> readTaxonomyJson(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error(ErrorCode::Io, "cannot open", path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        text.erase(0, 3);
    nlohmann::ordered_json tree;
    try {
        tree = nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::ordered_json::parse_error &e) {
        return jsonParseError(e, text, path);
    }
    return taxonomyFromJson(tree, path);
}

Result<std::vector<LabelSpec>> readTaxonomy(const std::string &path)
{
    const std::string ext = lower(std::filesystem::path(path).extension().string());
    if (ext == ".csv" || ext == ".tsv")
        return readTaxonomyCsv(path);
    return readTaxonomyJson(path);
}

} // namespace assay::core
