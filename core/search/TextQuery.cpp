#include "search/TextQuery.h"

#include "text/Utf8.h"

#include <algorithm>

namespace assay::core {
namespace {

bool isBlank(char32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000;
}

std::string_view trimBlanks(std::string_view text)
{
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t next = begin;
        if (!isBlank(utf8::decode(text, next)))
            break;
        begin = next;
    }
    std::size_t end = text.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
            --start;
        std::size_t pos = start;
        if (!isBlank(utf8::decode(text, pos)))
            break;
        end = start;
    }
    return text.substr(begin, end - begin);
}

} // namespace

Result<TextQuery> TextQuery::parse(std::string_view text)
{
    TextQuery query;
    std::size_t badOffset = 0;
    if (!utf8::isValid(text, &badOffset))
        return Error(ErrorCode::Encoding, "the search text is not valid UTF-8 (at byte " +
                                              std::to_string(badOffset) + ")");
    query.m_text = std::string(trimBlanks(text));
    if (query.m_text.empty())
        return Error(ErrorCode::InvalidArgument, "the search text is empty");
    const std::size_t length = utf8::length(query.m_text);
    if (length > kMaxLength)
        return Error(ErrorCode::InvalidArgument,
                     "the search text is " + std::to_string(length) + " characters long; at most " +
                         std::to_string(kMaxLength) + " can be searched for");

    query.m_indexPattern = "%";
    std::size_t run = 0;
    std::size_t longestRun = 0;
    for (std::size_t pos = 0; pos < query.m_text.size();) {
        const std::size_t start = pos;
        const char32_t cp = utf8::decode(query.m_text, pos);
        const std::string_view bytes(query.m_text.data() + start, pos - start);
        if (cp == '%' || cp == '_') {
            query.m_hasWildcards = true;
            run = 0;
            query.m_indexPattern += '_';
        } else {
            longestRun = std::max(longestRun, ++run);
            query.m_indexPattern += bytes;
        }
        if (cp >= 'A' && cp <= 'Z') {
            query.m_ignoresCase = true;
            query.m_needle += static_cast<char>(cp - 'A' + 'a');
        } else {
            query.m_ignoresCase = query.m_ignoresCase || (cp >= 'a' && cp <= 'z');
            query.m_needle += bytes;
        }
    }
    query.m_indexPattern += '%';
    // The trigram index answers nothing at all for a pattern without 3 characters in a row.
    query.m_usesIndex = longestRun >= 3;
    return query;
}

} // namespace assay::core
