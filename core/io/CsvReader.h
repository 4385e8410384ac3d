#pragma once

#include "error/Result.h"
#include "io/LineReader.h"

#include <string>
#include <vector>

namespace assay::core {

/// Reads RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks
/// (kept as "\n"). Each record knows the line it starts on. Lenient where spreadsheets are:
/// a quote inside an unquoted field, or text after a closing quote, is kept as text.
class CsvReader
{
public:
    CsvReader(LineReader &lines, char delimiter);

    /// Reads the next record into `fields`; false at the end. An unterminated quoted field
    /// is an error naming the line where the field starts.
    Result<bool> next(std::vector<std::string> &fields);
    /// Line on which the last record started.
    std::int64_t recordLine() const { return m_recordLine; }

private:
    LineReader &m_lines;
    char m_delimiter;
    std::int64_t m_recordLine = 0;
};

} // namespace assay::core
