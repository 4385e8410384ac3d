#include "io/ImportOptions.h"

#include <algorithm>
#include <filesystem>

namespace assay::core {

const char *itemFormatName(ItemFormat format)
{
    switch (format) {
    case ItemFormat::Auto:
        return "auto";
    case ItemFormat::Jsonl:
        return "jsonl";
    case ItemFormat::Csv:
        return "csv";
    case ItemFormat::Tsv:
        return "tsv";
    case ItemFormat::Text:
        return "text";
    }
    return "auto";
}

std::optional<ItemFormat> parseItemFormat(const std::string &name)
{
    if (name == "auto")
        return ItemFormat::Auto;
    if (name == "jsonl" || name == "ndjson")
        return ItemFormat::Jsonl;
    if (name == "csv")
        return ItemFormat::Csv;
    if (name == "tsv")
        return ItemFormat::Tsv;
    if (name == "text" || name == "txt")
        return ItemFormat::Text;
    return std::nullopt;
}

ItemFormat guessItemFormat(const std::string &path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".csv")
        return ItemFormat::Csv;
    if (ext == ".tsv" || ext == ".tab")
        return ItemFormat::Tsv;
    if (ext == ".txt" || ext == ".text")
        return ItemFormat::Text;
    return ItemFormat::Jsonl;
}

} // namespace assay::core
