#pragma once

#include <QString>
#include <cstdint>
#include <vector>

namespace assay::gui {

/// Converts between Assay's offsets (Unicode code points) and Qt's positions (UTF-16 code
/// units) in one text. They differ after each character outside the Basic Multilingual
/// Plane (e.g. rare Han ideographs in CJK Extension B), which takes two UTF-16 units.
class TextOffsets
{
public:
    TextOffsets() = default;
    explicit TextOffsets(const QString &text);

    /// The UTF-16 position of code point `codePoint` (clamped to the text).
    qsizetype toUtf16(std::int64_t codePoint) const;
    /// The code point at UTF-16 position `utf16`; a position inside a surrogate pair
    /// rounds down to the character's start. Clamped to the text.
    std::int64_t toCodePoint(qsizetype utf16) const;

    /// The text's length in code points and in UTF-16 units.
    std::int64_t codePointCount() const { return m_codePoints; }
    qsizetype utf16Count() const { return m_utf16; }

private:
    std::vector<qsizetype> m_astralUtf16;        ///< UTF-16 position of each astral character
    std::vector<std::int64_t> m_astralCodePoint; ///< its code point index
    std::int64_t m_codePoints = 0;
    qsizetype m_utf16 = 0;
};

} // namespace assay::gui
