#include "text/Utf8.h"

#include <cstring>

namespace assay::core::utf8 {
namespace {

inline bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed sequence at text[pos], or 0 when it is malformed.
std::size_t sequenceLength(std::string_view text, std::size_t pos)
{
    const auto c0 = static_cast<unsigned char>(text[pos]);
    const std::size_t left = text.size() - pos;
    if (c0 < 0x80)
        return 1;
    if (c0 < 0xC2)
        return 0;
    const auto at = [&](std::size_t i) {
        return static_cast<unsigned char>(text[pos + i]);
    };
    if (c0 < 0xE0)
        return left >= 2 && isContinuation(at(1)) ? 2 : 0;
    if (c0 < 0xF0) {
        if (left < 3 || !isContinuation(at(1)) || !isContinuation(at(2)))
            return 0;
        if (c0 == 0xE0 && at(1) < 0xA0)
            return 0; // overlong
        if (c0 == 0xED && at(1) >= 0xA0)
            return 0; // surrogate
        return 3;
    }
    if (c0 < 0xF5) {
        if (left < 4 || !isContinuation(at(1)) || !isContinuation(at(2)) || !isContinuation(at(3)))
            return 0;
        if (c0 == 0xF0 && at(1) < 0x90)
            return 0; // overlong
        if (c0 == 0xF4 && at(1) >= 0x90)
            return 0; // past U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace

char32_t decode(std::string_view text, std::size_t &pos)
{
    const std::size_t n = sequenceLength(text, pos);
    const auto c0 = static_cast<unsigned char>(text[pos]);
    if (n == 0) {
        ++pos;
        return kReplacement;
    }
    char32_t cp;
    switch (n) {
    case 1:
        cp = c0;
        break;
    case 2:
        cp = ((c0 & 0x1F) << 6) | (text[pos + 1] & 0x3F);
        break;
    case 3:
        cp = ((c0 & 0x0F) << 12) | ((text[pos + 1] & 0x3F) << 6) | (text[pos + 2] & 0x3F);
        break;
    default:
        cp = ((c0 & 0x07) << 18) | ((text[pos + 1] & 0x3F) << 12) | ((text[pos + 2] & 0x3F) << 6) |
             (text[pos + 3] & 0x3F);
        break;
    }
    pos += n;
    return cp;
}

void append(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isValid(std::string_view text, std::size_t *badOffset)
{
    std::size_t pos = 0;
    const std::size_t size = text.size();
    while (pos < size) {
        // Fast path: eight ASCII bytes at a time.
        if (pos + 8 <= size) {
            std::uint64_t chunk;
            std::memcpy(&chunk, text.data() + pos, 8);
            if ((chunk & 0x8080808080808080ULL) == 0) {
                pos += 8;
                continue;
            }
        }
        const std::size_t n = sequenceLength(text, pos);
        if (n == 0) {
            if (badOffset)
                *badOffset = pos;
            return false;
        }
        pos += n;
    }
    return true;
}

std::size_t length(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text)
        count += !isContinuation(static_cast<unsigned char>(c));
    return count;
}

std::size_t byteOffset(std::string_view text, std::size_t index)
{
    std::size_t pos = 0;
    for (std::size_t i = 0; i < index && pos < text.size(); ++i) {
        ++pos;
        while (pos < text.size() && isContinuation(static_cast<unsigned char>(text[pos])))
            ++pos;
    }
    return pos;
}

std::string_view slice(std::string_view text, std::size_t start, std::size_t end)
{
    const std::size_t from = byteOffset(text, start);
    const std::size_t to = from + byteOffset(text.substr(from), end > start ? end - start : 0);
    return text.substr(from, to - from);
}

std::size_t utf16Length(std::string_view text, std::size_t codePoints)
{
    std::size_t units = 0;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < codePoints && pos < text.size(); ++i)
        units += decode(text, pos) >= 0x10000 ? 2 : 1;
    return units;
}

bool isSpace(char32_t cp)
{
    return cp == U' ' || (cp >= U'\t' && cp <= U'\r') || cp == 0x00A0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

std::string_view trim(std::string_view text)
{
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t next = start;
        if (!isSpace(decode(text, next)))
            break;
        start = next;
    }
    std::size_t end = text.size();
    while (end > start) {
        std::size_t first = end - 1;
        while (first > start && isContinuation(static_cast<unsigned char>(text[first])))
            --first;
        std::size_t probe = first;
        if (!isSpace(decode(text, probe)))
            break;
        end = first;
    }
    return text.substr(start, end - start);
}

bool isHan(char32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
           (cp >= 0x20000 && cp <= 0x3134F) || (cp >= 0xF900 && cp <= 0xFAFF) || cp == 0x3007;
}

bool isCjk(char32_t cp)
{
    return isHan(cp) || (cp >= 0x3000 && cp <= 0x303F) || // CJK symbols and punctuation
           (cp >= 0x3040 && cp <= 0x30FF) ||              // kana
           (cp >= 0xFF00 && cp <= 0xFFEF) ||              // fullwidth forms
           (cp >= 0x2018 && cp <= 0x201F) ||              // curly quotes used as CJK quotes
           cp == 0x2014 || cp == 0x2026 || cp == 0x00B7;  // dash, ellipsis, middle dot
}

} // namespace assay::core::utf8
