#pragma once

#include "error/Result.h"
#include "io/InputFile.h"

#include <string>
#include <string_view>

namespace assay::core {

/// Splits an InputFile into lines ("\n" or "\r\n" endings removed), numbering them from 1.
/// A line longer than the limit is an error naming it, not an out-of-memory; reading may
/// go on after it with the next line (see skippedLongLine()).
class LineReader
{
public:
    static constexpr std::size_t kDefaultMaxLine = 64u << 20;

    explicit LineReader(InputFile &input, std::size_t maxLineBytes = kDefaultMaxLine);

    /// The next line, valid until the following call; false at the end of the file.
    Result<bool> next(std::string_view &line);
    /// Number of the line last returned (or refused as too long).
    std::int64_t lineNumber() const { return m_lineNumber; }
    /// Whether the last error was a line over the limit: the line is skipped, and next()
    /// continues with the line after it.
    bool skippedLongLine() const { return m_skippedLongLine; }
    InputFile &input() { return m_input; }

private:
    Status fill();
    Error tooLong() const;
    Status discardRestOfLine();

    InputFile &m_input;
    std::size_t m_maxLine;
    std::string m_buffer;
    std::size_t m_start = 0; ///< start of unconsumed data in m_buffer
    bool m_eof = false;
    bool m_discarding = false;      ///< the rest of an over-long line is still to be skipped
    bool m_skippedLongLine = false; ///< the last error was an over-long line
    std::int64_t m_lineNumber = 0;
};

/// "64 MiB", "1000 bytes": a size limit as people read it.
std::string describeByteLimit(std::size_t bytes);

} // namespace assay::core
