#pragma once

// The generated data behind Pinyin.h: read it through the functions there, not directly.
// PinyinTable.cpp is written by scripts/generate-pinyin-table.py from Unihan_Readings.txt.

#include <cstddef>
#include <cstdint>

namespace assay::core::pinyintable {

/// The Unicode version of the data the table was generated from.
extern const char kUnicodeVersion[];

/// Toneless syllables ("a", "ai", …, "zuo"; ü written v), concatenated in sorted order;
/// syllable i is kSyllableText[kSyllableOffsets[i] .. kSyllableOffsets[i + 1]).
extern const char kSyllableText[];
extern const std::uint16_t kSyllableOffsets[];
extern const std::size_t kSyllableCount;

/// Distinct reading sets; set i is syllable numbers kSetData[kSetOffsets[i] .. kSetOffsets[i + 1]),
/// the customary reading first.
extern const std::uint16_t kSetData[];
extern const std::uint16_t kSetOffsets[];
extern const std::size_t kSetCount;

/// Code points kDenseFirst..kDenseLast: set number + 1, or 0 for no reading.
inline constexpr char32_t kDenseFirst = 0x3400;
inline constexpr char32_t kDenseLast = 0x9FFF;
extern const std::uint16_t kDenseSets[];

/// Every other code point with a reading, ascending: (code point << kSetBits) | set number.
inline constexpr unsigned kSetBits = 11;
extern const std::uint32_t kSparseSets[];
extern const std::size_t kSparseCount;

} // namespace assay::core::pinyintable
