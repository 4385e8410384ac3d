#include "text/CjkSpacing.h"

#include "text/Utf8.h"

namespace assay::core {
namespace {

bool isLayoutSpace(char32_t cp)
{
    return cp == U' ' || cp == U'\t' || cp == 0x3000 || cp == 0x00A0;
}

char32_t lastCodePoint(std::string_view text)
{
    if (text.empty())
        return 0;
    std::size_t start = text.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
        --start;
    std::size_t pos = start;
    return utf8::decode(text, pos);
}

char32_t firstCodePoint(std::string_view text)
{
    if (text.empty())
        return 0;
    std::size_t pos = 0;
    return utf8::decode(text, pos);
}

} // namespace

std::string removeCjkSpacing(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    char32_t previous = 0; // last code point written that is not a layout space
    while (pos < text.size()) {
        const std::size_t runStart = pos;
        char32_t cp = utf8::decode(text, pos);
        if (!isLayoutSpace(cp)) {
            out.append(text.substr(runStart, pos - runStart));
            previous = cp;
            continue;
        }
        // A run of spaces: drop it when CJK characters stand on both sides.
        std::size_t runEnd = pos;
        char32_t next = 0;
        while (runEnd < text.size()) {
            std::size_t probe = runEnd;
            next = utf8::decode(text, probe);
            if (!isLayoutSpace(next))
                break;
            runEnd = probe;
            next = 0;
        }
        if (!(previous && next && utf8::isCjk(previous) && utf8::isCjk(next)))
            out.append(text.substr(runStart, runEnd - runStart));
        pos = runEnd;
    }
    return out;
}

void appendWrappedLine(std::string &paragraph, std::string_view line)
{
    if (line.empty())
        return;
    if (!paragraph.empty()) {
        const char32_t before = lastCodePoint(paragraph);
        const char32_t after = firstCodePoint(line);
        if (!(utf8::isCjk(before) || utf8::isCjk(after)))
            paragraph += ' ';
    }
    paragraph.append(line);
}

} // namespace assay::core
