#include "search/SearchFold.h"

#include "text/Utf8.h"

namespace assay::core {

char32_t foldForSearch(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'A' && cp <= 'Z') ? cp + 0x20 : cp;
    if (cp >= 0xFF01 && cp <= 0xFF5E) // fullwidth ASCII, as Chinese input methods type it
        return foldForSearch(cp - 0xFF01 + 0x21);
    if (cp == 0x3000) // ideographic space
        return ' ';
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||    // Latin-1 capitals (not ×)
        (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) || // Greek capitals
        (cp >= 0x410 && cp <= 0x42F))                  // Cyrillic capitals
        return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    if (cp == 0x178) // Ÿ
        return 0xFF;
    if (cp >= 0x100 && cp <= 0x17E && cp != 0x130 && cp != 0x131 && cp != 0x138 && cp != 0x149) {
        // Latin Extended-A pairs capital and small letter; the capital is on an even code point
        // except in 0x139–0x148 and 0x179–0x17E.
        const bool evenIsCapital = cp < 0x139 || (cp > 0x148 && cp < 0x179);
        if ((cp % 2 == 0) == evenIsCapital)
            return cp + 1;
    }
    return cp;
}

std::string foldForSearch(std::string_view text)
{
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const unsigned char byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) { // ASCII fast path
            folded += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 0x20 : byte);
            ++pos;
            continue;
        }
        utf8::append(folded, foldForSearch(utf8::decode(text, pos)));
    }
    return folded;
}

bool isSearchSeparator(char32_t cp)
{
    if (cp < 0x80)
        return cp <= ' ' || (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') ||
               (cp >= '[' && cp <= '`') || (cp >= '{' && cp <= '~') || cp == 0x7F;
    return cp == 0x3000 || (cp >= 0x3001 && cp <= 0x303F) || // CJK punctuation
           (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) ||
           (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) ||
           (cp >= 0x2010 && cp <= 0x206F) || // general punctuation: dashes, quotes, …
           cp == 0x00B7 || cp == 0x00A0;
}

std::vector<std::string> splitSearchWords(std::string_view query)
{
    std::vector<std::string> words;
    std::string word;
    for (std::size_t pos = 0; pos < query.size();) {
        const char32_t cp = foldForSearch(utf8::decode(query, pos));
        const bool breaks = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '/';
        if (breaks) {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else {
            utf8::append(word, cp);
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

} // namespace assay::core
