#pragma once

#include <string>
#include <string_view>

namespace assay::core {

/// Removes the spaces that print layout puts between CJK characters ("国 文 明" → "国文明"),
/// keeping spaces next to Latin letters and digits. Tabs and ideographic spaces count too.
std::string removeCjkSpacing(std::string_view text);

/// Joins two lines of one paragraph: no separator between CJK characters, one space
/// otherwise, so that hard-wrapped Chinese and English both read naturally.
void appendWrappedLine(std::string &paragraph, std::string_view line);

} // namespace assay::core
