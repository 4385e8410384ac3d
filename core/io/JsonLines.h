#pragma once

#include "io/InputFile.h"
#include "io/ItemSource.h"
#include "io/LineReader.h"

#include <memory>
#include <nlohmann/json.hpp>

namespace assay::core {

/// Reads JSON Lines into parsed documents, for inputs that need whole documents (labels,
/// native exports). Blank lines are skipped; a bad line is a row error naming its line and
/// column, and reading goes on.
class JsonLines
{
public:
    static Result<std::unique_ptr<JsonLines>> open(const std::string &path);

    /// Item: `value` holds the next object; RowError: `error` says why the line is bad.
    ReadStatus next(nlohmann::ordered_json &value, Error &error);
    std::int64_t line() const { return m_lines.lineNumber(); }
    /// The raw text of the line last read, valid until the next call to next().
    std::string_view text() const { return m_text; }
    InputFile &input() { return *m_input; }

private:
    explicit JsonLines(std::unique_ptr<InputFile> input);

    std::unique_ptr<InputFile> m_input;
    LineReader m_lines;
    std::string_view m_text;
};

/// Converts a parse error in `text` (one document) into an Error with line and column.
Error jsonParseError(const nlohmann::ordered_json::parse_error &e, std::string_view text,
                     const std::string &path, std::int64_t firstLine = 1);

} // namespace assay::core
