#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace assay::core::utf8 {

/// The replacement character returned for malformed sequences.
inline constexpr char32_t kReplacement = 0xFFFD;

/// Decodes the code point starting at `pos` and advances `pos` past it. Malformed input
/// yields kReplacement and advances by one byte.
char32_t decode(std::string_view text, std::size_t &pos);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string &out, char32_t cp);

/// True when `text` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
/// On failure `badOffset` is the byte offset of the first bad sequence.
bool isValid(std::string_view text, std::size_t *badOffset = nullptr);

/// Number of code points in well-formed `text`.
std::size_t length(std::string_view text);

/// Byte offset of code point `index` (clamped to the end of `text`).
std::size_t byteOffset(std::string_view text, std::size_t index);

/// The code points [start, end) of `text` as a UTF-8 substring.
std::string_view slice(std::string_view text, std::size_t start, std::size_t end);

/// Number of UTF-16 code units needed for the first `codePoints` code points of `text`.
std::size_t utf16Length(std::string_view text, std::size_t codePoints);

/// White space in any script: ASCII space and controls, no-break space, the ideographic
/// space U+3000 that Chinese text indents with, and the other Unicode spaces.
bool isSpace(char32_t cp);

/// `text` without leading and trailing white space (as isSpace defines it).
std::string_view trim(std::string_view text);

/// Han ideographs, CJK punctuation, fullwidth forms and kana: characters that print-layout
/// text separates with spaces and that Chinese text never separates.
bool isCjk(char32_t cp);

/// Han ideographs only (the unified blocks and extensions, and compatibility ideographs).
bool isHan(char32_t cp);

} // namespace assay::core::utf8
