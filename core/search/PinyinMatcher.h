#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace assay::core {

/// The pinyin of many short texts (label names, aliases), compiled once into flat arrays and
/// matched against what a person types: full pinyin ("wuyefuwu"), initials ("wyfw") or any
/// mix of syllables and syllable prefixes ("wuyfw", "zhgguo"). Every reading of a polyphonic
/// character counts ("yinhang" and "yinxing" both find 银行); "u" also stands for "ü" ("lv").
/// Letters and digits in the text must be typed as they are; punctuation and spaces are
/// skipped. Matching allocates nothing.
class PinyinMatcher
{
public:
    /// How much of a text a query covers.
    enum class Match : std::uint8_t {
        None,
        Substring, ///< a run of characters inside the text
        Prefix,    ///< the text's first characters
        Exact      ///< every character of the text
    };

    /// A typed word prepared for matching. Only ASCII letters and digits make pinyin
    /// (apostrophes, as in "xi'an", are dropped); any other character makes it unusable.
    class Query
    {
    public:
        explicit Query(std::string_view folded);
        bool usable() const { return m_length > 0; }

    private:
        friend class PinyinMatcher;
        static constexpr int kMaxLength = 62;
        char m_letters[kMaxLength] = {};
        int m_length = 0;
        std::uint64_t m_mask = 0; ///< which letters and digits occur
    };

    /// Compiles `text` and returns its number for match().
    std::uint32_t add(std::string_view text);
    std::size_t size() const { return m_texts.size(); }

    /// How much of text number `text` the query covers.
    Match match(std::uint32_t text, const Query &query) const;

private:
    struct Unit {
        std::uint16_t firstReading = 0; ///< into the reading-set data of the pinyin table
        std::uint8_t readingCount = 0;  ///< 0: a literal character
        char literal = 0;               ///< the ASCII letter or digit; 0 matches nothing
    };
    struct Text {
        std::uint32_t firstUnit = 0;
        std::uint32_t unitCount = 0;
        std::uint64_t mask = 0; ///< letters and digits any spelling of the text contains
    };

    std::uint64_t step(std::uint64_t positions, const Unit &unit, const Query &query) const;

    std::vector<Unit> m_units;
    std::vector<Text> m_texts;
};

} // namespace assay::core
