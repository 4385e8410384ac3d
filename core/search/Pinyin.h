#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

// Toneless Mandarin pinyin of Han characters, from the Unihan database (kMandarin for the
// customary reading, kTGHZ2013 and kXHC1983 for the other readings of polyphones).
// ü is written v ("绿" → "lv"), as pinyin input methods type it.

namespace assay::core {

/// The toneless readings of `cp` as syllable numbers, the customary reading first
/// ("行" → xing, hang, heng); empty when `cp` has no Mandarin reading (non-Han characters).
std::span<const std::uint16_t> pinyinReadings(char32_t cp);

/// The syllable numbered `id` ("zhong"); empty for a number out of range.
std::string_view pinyinSyllable(std::uint16_t id);

/// How many distinct syllables the table knows (about 420).
std::size_t pinyinSyllableCount();

/// The Unicode version the table was generated from, e.g. "15.0.0".
std::string_view pinyinDataVersion();

/// Full toneless pinyin with the customary reading of each character:
/// "物业服务" → "wuyefuwu". Characters without a reading pass through lower-cased
/// ("A区物业" → "aquwuye").
std::string toPinyin(std::string_view text);

/// The first letter of each character's customary reading: "物业服务" → "wyfw", "中国" → "zg".
/// Characters without a reading pass through lower-cased ("12345热线" → "12345rx").
std::string toPinyinInitials(std::string_view text);

/// Every full spelling of `text` when each polyphonic character may take any of its readings,
/// the customary spelling first and at most `limit` of them:
/// "银行" → {"yinxing", "yinhang", "yinheng"}.
std::vector<std::string> pinyinAlternatives(std::string_view text, std::size_t limit = 32);

/// Every distinct initials spelling, like pinyinAlternatives: "重庆" → {"zq", "cq"}.
std::vector<std::string> pinyinInitialsAlternatives(std::string_view text, std::size_t limit = 32);

} // namespace assay::core
