#include "io/LineReader.h"

#include <cstring>

namespace assay::core {
namespace {
constexpr std::size_t kChunk = 1u << 20;
}

std::string describeByteLimit(std::size_t bytes)
{
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    if (bytes >= (1u << 10) && bytes % (1u << 10) == 0)
        return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
}

LineReader::LineReader(InputFile &input, std::size_t maxLineBytes)
    : m_input(input)
    , m_maxLine(maxLineBytes)
{
    m_buffer.reserve(2 * kChunk);
}

Status LineReader::fill()
{
    if (m_start > 0) {
        m_buffer.erase(0, m_start);
        m_start = 0;
    }
    const std::size_t old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    auto got = m_input.read(m_buffer.data() + old, kChunk);
    if (!got) {
        m_buffer.resize(old);
        return got.error();
    }
    m_buffer.resize(old + *got);
    if (*got == 0)
        m_eof = true;
    return {};
}

Error LineReader::tooLong() const
{
    return Error(ErrorCode::ParseError,
                 "line is longer than " + describeByteLimit(m_maxLine) +
                     "; is this the right file and format?",
                 m_input.path(), m_lineNumber);
}

Status LineReader::discardRestOfLine()
{
    while (true) {
        const void *newline =
            std::memchr(m_buffer.data() + m_start, '\n', m_buffer.size() - m_start);
        if (newline) {
            m_start =
                static_cast<std::size_t>(static_cast<const char *>(newline) - m_buffer.data()) + 1;
            m_discarding = false;
            return {};
        }
        m_start = m_buffer.size();
        if (m_eof) {
            m_discarding = false;
            return {};
        }
        ASSAY_TRY(fill());
    }
}

Result<bool> LineReader::next(std::string_view &line)
{
    m_skippedLongLine = false;
    if (m_discarding)
        ASSAY_TRY(discardRestOfLine());
    std::size_t searchFrom = m_start;
    while (true) {
        const char *base = m_buffer.data();
        const void *newline = std::memchr(base + searchFrom, '\n', m_buffer.size() - searchFrom);
        if (newline) {
            const std::size_t end =
                static_cast<std::size_t>(static_cast<const char *>(newline) - base);
            std::size_t lineEnd = end;
            if (lineEnd > m_start && base[lineEnd - 1] == '\r')
                --lineEnd;
            ++m_lineNumber;
            if (lineEnd - m_start > m_maxLine) {
                m_start = end + 1;
                m_skippedLongLine = true;
                return tooLong();
            }
            line = std::string_view(base + m_start, lineEnd - m_start);
            m_start = end + 1;
            return true;
        }
        if (m_buffer.size() - m_start > m_maxLine) {
            // Over the limit with no end in sight: skip the rest rather than hold it.
            ++m_lineNumber;
            m_start = m_buffer.size();
            m_discarding = true;
            m_skippedLongLine = true;
            return tooLong();
        }
        if (m_eof) {
            if (m_start >= m_buffer.size())
                return false;
            std::size_t lineEnd = m_buffer.size();
            if (base[lineEnd - 1] == '\r')
                --lineEnd;
            line = std::string_view(base + m_start, lineEnd - m_start);
            m_start = m_buffer.size();
            ++m_lineNumber;
            return true;
        }
        const std::size_t scanned = m_buffer.size() - m_start;
        ASSAY_TRY(fill());
        searchFrom = m_start + scanned;
    }
}

} // namespace assay::core
