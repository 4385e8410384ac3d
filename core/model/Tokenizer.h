#pragma once

#include <string>
#include <string_view>

namespace assay::core {

/// Turns text into the tokens the model reads: every character is a token of its own,
/// except that runs of Latin letters and digits (ASCII or full-width) are kept together as
/// one lower-case word. White space separates and is dropped. The model's word bigrams then
/// see Chinese character pairs, so no word segmenter is needed.
class Tokenizer
{
public:
    /// Appends the tokens of `text` to `out`, separated by single spaces (none leading or
    /// trailing). Malformed UTF-8 bytes are dropped. Returns the number of tokens appended.
    static std::size_t append(std::string_view text, std::string &out);

    /// The tokens of `text`, space-separated.
    static std::string tokens(std::string_view text);
};

} // namespace assay::core
