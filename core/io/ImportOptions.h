#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace assay::core {

/// Input formats for items.
enum class ItemFormat { Auto, Jsonl, Csv, Tsv, Text };

/// How plain text becomes items.
enum class TextSplit {
    Lines,     ///< one item per non-empty line
    Paragraphs ///< one item per blank-line-separated paragraph, wrapped lines joined
};

/// What an item import reads and how.
struct ImportOptions {
    std::string path;
    ItemFormat format = ItemFormat::Auto;
    std::string encoding = "auto";  ///< or an iconv name, e.g. "GB18030"
    std::string textField = "text"; ///< JSONL member or CSV column holding the text
    std::string idField;            ///< member/column of the external id; "" tries "id"
    TextSplit split = TextSplit::Lines;
    bool removeCjkSpacing = false;        ///< drop print-layout spaces between CJK characters
    bool trim = true;                     ///< strip leading and trailing white space of texts
    bool skipBad = false;                 ///< import good rows, report and skip bad ones
    bool skipDuplicates = false;          ///< leave out rows whose text or id was seen before
    std::optional<std::int64_t> userId;   ///< who imports, for the audit log
    std::size_t maxLineBytes = 64u << 20; ///< a longer line is a bad row, not an out-of-memory
};

/// Progress of a long operation; return false to cancel it.
using ProgressCallback = std::function<bool(std::uint64_t done, std::uint64_t total)>;

/// "jsonl", "csv", "tsv", "text"; and back (also "txt", "json" for JSONL, "auto").
const char *itemFormatName(ItemFormat format);
std::optional<ItemFormat> parseItemFormat(const std::string &name);
/// The format a file name suggests (by extension), Jsonl when it suggests none.
ItemFormat guessItemFormat(const std::string &path);

} // namespace assay::core
