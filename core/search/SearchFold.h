#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

/// The form of a character that search compares: fullwidth ASCII becomes ASCII
/// ("ＡＢＣ１" → "abc1"), and Latin, Greek and Cyrillic capitals become small letters.
/// Everything else, Han characters included, is returned unchanged.
char32_t foldForSearch(char32_t cp);

/// `text` with every character folded by foldForSearch(char32_t); malformed bytes become
/// U+FFFD. Two texts match case-insensitively when their folded forms are equal.
std::string foldForSearch(std::string_view text);

/// The words of a search query: folded, split at white space (ASCII and ideographic) and
/// at '/', the path separator; empty words are dropped. "城乡　其他" → {"城乡", "其他"}.
std::vector<std::string> splitSearchWords(std::string_view query);

/// True for a character that separates words in a query or, in pinyin, carries no sound:
/// white space, ASCII and CJK punctuation.
bool isSearchSeparator(char32_t cp);

} // namespace assay::core
