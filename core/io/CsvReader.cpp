#include "io/CsvReader.h"

namespace assay::core {

CsvReader::CsvReader(LineReader &lines, char delimiter)
    : m_lines(lines)
    , m_delimiter(delimiter)
{}

Result<bool> CsvReader::next(std::vector<std::string> &fields)
{
    fields.clear();
    std::string_view line;
    auto got = m_lines.next(line);
    if (!got)
        return got.error();
    if (!*got)
        return false;
    m_recordLine = m_lines.lineNumber();

    fields.emplace_back();
    bool quoted = false;    // inside a quoted field
    bool fieldStart = true; // at the first character of a field
    std::int64_t quoteLine = 0;
    while (true) {
        for (std::size_t i = 0; i < line.size(); ++i) {
            const char c = line[i];
            std::string &field = fields.back();
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        field += '"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
                continue;
            }
            if (c == m_delimiter) {
                fields.emplace_back();
                fieldStart = true;
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                quoteLine = m_lines.lineNumber();
                fieldStart = false;
                continue;
            }
            fieldStart = false;
            field += c;
        }
        if (!quoted)
            return true;
        // A quoted field continues on the next line.
        got = m_lines.next(line);
        if (!got)
            return got.error();
        if (!*got)
            return Error(ErrorCode::ParseError,
                         "a quoted field starting here is never closed (missing '\"')",
                         m_lines.input().path(), quoteLine);
        fields.back() += '\n';
    }
}

} // namespace assay::core
