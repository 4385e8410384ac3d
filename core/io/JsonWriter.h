#pragma once

#include <string>
#include <string_view>

namespace assay::core {

/// Appends `text` as a JSON string literal: quotes, backslash escapes for '"', '\' and
/// control characters; other UTF-8 is written as is.
void appendJsonString(std::string &out, std::string_view text);

/// Appends valid JSON text `raw` without the white space outside its strings, so the same
/// value always has the same bytes.
void appendCompactJson(std::string &out, std::string_view raw);

/// `text` as a JSON string literal.
std::string jsonQuoted(std::string_view text);

} // namespace assay::core
