#include "model/Tokenizer.h"

#include "text/Utf8.h"

namespace assay::core {
namespace {

bool isSpace(char32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' ||
           cp == 0 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) ||
           cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
           cp == 0xFEFF;
}

// The ASCII letter or digit `cp` stands for (lower case), or 0 when it is neither.
char latinOf(char32_t cp)
{
    if (cp >= 'a' && cp <= 'z')
        return static_cast<char>(cp);
    if (cp >= 'A' && cp <= 'Z')
        return static_cast<char>(cp - 'A' + 'a');
    if (cp >= '0' && cp <= '9')
        return static_cast<char>(cp);
    if (cp >= 0xFF41 && cp <= 0xFF5A) // full-width a-z
        return static_cast<char>(cp - 0xFF41 + 'a');
    if (cp >= 0xFF21 && cp <= 0xFF3A) // full-width A-Z
        return static_cast<char>(cp - 0xFF21 + 'a');
    if (cp >= 0xFF10 && cp <= 0xFF19) // full-width 0-9
        return static_cast<char>(cp - 0xFF10 + '0');
    return 0;
}

} // namespace

std::size_t Tokenizer::append(std::string_view text, std::string &out)
{
    std::size_t count = 0;
    bool inWord = false;
    std::size_t pos = 0;
    auto startToken = [&] {
        if (count > 0 || (!out.empty() && out.back() != ' '))
            out += ' ';
        ++count;
    };
    while (pos < text.size()) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        char32_t cp;
        if (byte < 0x80) {
            cp = byte;
            ++pos;
        } else {
            const std::size_t before = pos;
            cp = utf8::decode(text, pos);
            if (cp == utf8::kReplacement && pos == before + 1) {
                inWord = false;
                continue;
            }
        }
        if (const char latin = latinOf(cp)) {
            if (!inWord)
                startToken();
            out += latin;
            inWord = true;
            continue;
        }
        inWord = false;
        if (isSpace(cp))
            continue;
        startToken();
        utf8::append(out, cp);
    }
    return count;
}

std::string Tokenizer::tokens(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    append(text, out);
    return out;
}

} // namespace assay::core
