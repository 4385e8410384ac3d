#pragma once

#include "error/Result.h"

#include <string>
#include <string_view>

namespace assay::core {

/// A full-text query checked and prepared for TextSearch: plain text (no operators), with
/// leading and trailing white space removed, and the forms the index and the scan need.
class TextQuery
{
public:
    /// Prepares `text`; an empty or blank text, one that is not UTF-8 or one longer than
    /// kMaxLength characters is an error that says which.
    static Result<TextQuery> parse(std::string_view text);

    /// Longest query accepted, in characters.
    static constexpr std::size_t kMaxLength = 1000;

    /// The query as searched for, trimmed.
    const std::string &text() const { return m_text; }
    /// The text with ASCII letters in lower case: what assay_contains() looks for.
    const std::string &needle() const { return m_needle; }
    /// Whether matching must ignore ASCII case (the text has ASCII letters).
    bool ignoresCase() const { return m_ignoresCase; }
    /// Whether the trigram index can answer it: 3 characters in a row that are not LIKE
    /// wildcards ('%', '_'). Shorter texts must be found by scanning.
    bool usesIndex() const { return m_usesIndex; }
    /// The LIKE pattern for the index: the text between '%'s, each '%' and '_' in it as '_'.
    const std::string &indexPattern() const { return m_indexPattern; }
    /// Whether the text holds '%' or '_', so that a LIKE match must be checked again exactly.
    bool hasWildcards() const { return m_hasWildcards; }

private:
    std::string m_text;
    std::string m_needle;
    std::string m_indexPattern;
    bool m_ignoresCase = false;
    bool m_usesIndex = false;
    bool m_hasWildcards = false;
};

} // namespace assay::core
