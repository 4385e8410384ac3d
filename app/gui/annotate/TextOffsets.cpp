#include "annotate/TextOffsets.h"

#include <algorithm>

namespace assay::gui {

TextOffsets::TextOffsets(const QString &text)
    : m_utf16(text.size())
{
    std::int64_t codePoint = 0;
    for (qsizetype i = 0; i < text.size(); ++i, ++codePoint) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            m_astralUtf16.push_back(i);
            m_astralCodePoint.push_back(codePoint);
            ++i;
        }
    }
    m_codePoints = codePoint;
}

qsizetype TextOffsets::toUtf16(std::int64_t codePoint) const
{
    codePoint = std::clamp<std::int64_t>(codePoint, 0, m_codePoints);
    const auto before =
        std::lower_bound(m_astralCodePoint.begin(), m_astralCodePoint.end(), codePoint) -
        m_astralCodePoint.begin();
    return static_cast<qsizetype>(codePoint + before);
}

std::int64_t TextOffsets::toCodePoint(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_utf16);
    // Each astral character starting before `utf16` takes one code point for two units; one
    // starting just before it (`utf16` is its second unit) rounds down to its start.
    const auto before =
        std::lower_bound(m_astralUtf16.begin(), m_astralUtf16.end(), utf16) - m_astralUtf16.begin();
    return static_cast<std::int64_t>(utf16 - before);
}

} // namespace assay::gui
