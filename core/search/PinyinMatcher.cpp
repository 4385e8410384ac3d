#include "search/PinyinMatcher.h"

#include "search/Pinyin.h"
#include "search/PinyinTable.h"
#include "search/SearchFold.h"
#include "text/Utf8.h"

#include <algorithm>
#include <bit>

namespace assay::core {
namespace {

namespace table = pinyintable;

std::uint64_t maskBit(char c)
{
    if (c >= 'a' && c <= 'z')
        return std::uint64_t{1} << (c - 'a');
    if (c >= '0' && c <= '9')
        return std::uint64_t{1} << (26 + c - '0');
    return 0;
}

bool sameLetter(char typed, char reading)
{
    return typed == reading || (reading == 'v' && typed == 'u');
}

} // namespace

PinyinMatcher::Query::Query(std::string_view folded)
{
    int length = 0;
    for (char c : folded) {
        if (c == '\'')
            continue;
        if (!maskBit(c) || length == kMaxLength)
            return; // not pinyin (or absurdly long): leaves the query unusable
        m_letters[length++] = c;
        m_mask |= maskBit(c);
    }
    m_length = length;
}

std::uint32_t PinyinMatcher::add(std::string_view text)
{
    Text compiled;
    compiled.firstUnit = static_cast<std::uint32_t>(m_units.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = foldForSearch(utf8::decode(text, pos));
        Unit unit;
        const auto readings = pinyinReadings(cp);
        if (!readings.empty()) {
            unit.firstReading = static_cast<std::uint16_t>(readings.data() - table::kSetData);
            unit.readingCount = static_cast<std::uint8_t>(readings.size());
            for (std::uint16_t id : readings) {
                for (char c : pinyinSyllable(id))
                    compiled.mask |= maskBit(c) | (c == 'v' ? maskBit('u') : 0);
            }
        } else if (cp < 0x80 && maskBit(static_cast<char>(cp))) {
            unit.literal = static_cast<char>(cp);
            compiled.mask |= maskBit(unit.literal);
        } else if (isSearchSeparator(cp)) {
            continue; // punctuation and spaces carry no sound
        }
        m_units.push_back(unit);
    }
    compiled.unitCount = static_cast<std::uint32_t>(m_units.size()) - compiled.firstUnit;
    m_texts.push_back(compiled);
    return static_cast<std::uint32_t>(m_texts.size() - 1);
}

std::uint64_t PinyinMatcher::step(std::uint64_t positions, const Unit &unit,
                                  const Query &query) const
{
    // Bit j of `positions`: the first j typed letters are matched so far. A character takes
    // a non-empty prefix of one of its readings (a whole syllable, or its start, as initials do).
    std::uint64_t next = 0;
    const int length = query.m_length;
    while (positions) {
        const int j = std::countr_zero(positions);
        positions &= positions - 1;
        if (j >= length)
            continue;
        if (unit.readingCount == 0) {
            if (unit.literal && query.m_letters[j] == unit.literal)
                next |= std::uint64_t{1} << (j + 1);
            continue;
        }
        for (int r = 0; r < unit.readingCount; ++r) {
            const std::uint16_t id = table::kSetData[unit.firstReading + r];
            const char *syllable = table::kSyllableText + table::kSyllableOffsets[id];
            const int syllableLength =
                table::kSyllableOffsets[id + 1] - table::kSyllableOffsets[id];
            int k = 0;
            while (k < syllableLength && j + k < length &&
                   sameLetter(query.m_letters[j + k], syllable[k]))
                ++k;
            if (k > 0)
                next |= ((std::uint64_t{1} << k) - 1) << (j + 1);
        }
    }
    return next;
}

PinyinMatcher::Match PinyinMatcher::match(std::uint32_t text, const Query &query) const
{
    if (text >= m_texts.size() || !query.usable())
        return Match::None;
    const Text &compiled = m_texts[text];
    if ((query.m_mask & ~compiled.mask) != 0)
        return Match::None; // a typed letter no spelling of the text contains
    const std::uint64_t done = std::uint64_t{1} << query.m_length;
    std::uint64_t anchored = 1; // matches that started at the first character
    std::uint64_t floating = 0; // matches that started anywhere
    Match best = Match::None;
    const Unit *units = m_units.data() + compiled.firstUnit;
    for (std::uint32_t i = 0; i < compiled.unitCount; ++i) {
        if (anchored) {
            anchored = step(anchored, units[i], query);
            if (anchored & done) {
                if (i + 1 == compiled.unitCount)
                    return Match::Exact;
                best = Match::Prefix;
                anchored &= ~done;
            }
        } else if (best != Match::None) {
            return best; // only a substring match is left to find, and one is known
        }
        if (best == Match::None) {
            floating = step(floating | 1, units[i], query);
            if (floating & done)
                best = Match::Substring;
        }
    }
    return best;
}

} // namespace assay::core
