#pragma once

#include "error/Result.h"
#include "io/InputFile.h"

#include <string>
#include <string_view>

namespace assay::core {

/// Splits an InputFile into lines ("\n" or "\r\n" endings removed), numbering them from 1.
/// A line longer than the limit is an error naming it, not an out-of-memory.
class LineReader
{
public:
    static constexpr std::size_t kDefaultMaxLine = 64u << 20;

    explicit LineReader(InputFile &input, std::size_t maxLineBytes = kDefaultMaxLine);

    /// The next line, valid until the following call; false at the end of the file.
    Result<bool> next(std::string_view &line);
    /// Number of the line last returned.
    std::int64_t lineNumber() const { return m_lineNumber; }
    InputFile &input() { return m_input; }

private:
    Status fill();

    InputFile &m_input;
    std::size_t m_maxLine;
    std::string m_buffer;
    std::size_t m_start = 0; ///< start of unconsumed data in m_buffer
    bool m_eof = false;
    std::int64_t m_lineNumber = 0;
};

} // namespace assay::core
