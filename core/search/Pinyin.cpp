#include "search/Pinyin.h"

#include "search/PinyinTable.h"
#include "search/SearchFold.h"
#include "text/Utf8.h"

#include <algorithm>

namespace assay::core {
namespace {

namespace table = pinyintable;

constexpr std::uint32_t kNoSet = 0xFFFFFFFF;

std::uint32_t setNumber(char32_t cp)
{
    if (cp >= table::kDenseFirst && cp <= table::kDenseLast) {
        const std::uint16_t entry = table::kDenseSets[cp - table::kDenseFirst];
        return entry == 0 ? kNoSet : entry - 1u;
    }
    if (cp < 0x3000)
        return kNoSet; // nothing below the CJK blocks has a reading: skip the search
    const std::uint32_t key = static_cast<std::uint32_t>(cp) << table::kSetBits;
    const std::uint32_t *first = table::kSparseSets;
    const std::uint32_t *last = first + table::kSparseCount;
    const std::uint32_t *found = std::lower_bound(first, last, key);
    if (found == last || (*found >> table::kSetBits) != cp)
        return kNoSet;
    return *found & ((1u << table::kSetBits) - 1);
}

// One character's spellings for the alternatives: its syllables, or itself folded.
std::vector<std::vector<std::string>> spellings(std::string_view text, bool initialsOnly)
{
    std::vector<std::vector<std::string>> units;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::decode(text, pos);
        std::vector<std::string> choices;
        for (std::uint16_t id : pinyinReadings(cp)) {
            std::string spelling(pinyinSyllable(id));
            if (initialsOnly)
                spelling.resize(1);
            if (std::find(choices.begin(), choices.end(), spelling) == choices.end())
                choices.push_back(std::move(spelling));
        }
        if (choices.empty()) {
            std::string folded;
            utf8::append(folded, foldForSearch(cp));
            choices.push_back(std::move(folded));
        }
        units.push_back(std::move(choices));
    }
    return units;
}

std::vector<std::string> combine(const std::vector<std::vector<std::string>> &units,
                                 std::size_t limit)
{
    std::vector<std::string> out;
    if (limit == 0)
        return out;
    // Odometer over the choices, first choices first, so the customary spelling leads.
    std::vector<std::size_t> pick(units.size(), 0);
    while (out.size() < limit) {
        std::string spelling;
        for (std::size_t i = 0; i < units.size(); ++i)
            spelling += units[i][pick[i]];
        if (std::find(out.begin(), out.end(), spelling) == out.end())
            out.push_back(std::move(spelling));
        std::size_t i = units.size();
        while (i > 0) {
            --i;
            if (++pick[i] < units[i].size())
                break;
            pick[i] = 0;
            if (i == 0)
                return out;
        }
        if (units.empty())
            break;
    }
    return out;
}

} // namespace

std::span<const std::uint16_t> pinyinReadings(char32_t cp)
{
    const std::uint32_t set = setNumber(cp);
    if (set == kNoSet || set >= table::kSetCount)
        return {};
    return {table::kSetData + table::kSetOffsets[set],
            static_cast<std::size_t>(table::kSetOffsets[set + 1] - table::kSetOffsets[set])};
}

std::string_view pinyinSyllable(std::uint16_t id)
{
    if (id >= table::kSyllableCount)
        return {};
    return std::string_view(table::kSyllableText + table::kSyllableOffsets[id],
                            table::kSyllableOffsets[id + 1] - table::kSyllableOffsets[id]);
}

std::size_t pinyinSyllableCount()
{
    return table::kSyllableCount;
}

std::string_view pinyinDataVersion()
{
    return table::kUnicodeVersion;
}

std::string toPinyin(std::string_view text)
{
    std::string out;
    out.reserve(text.size() * 2);
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::decode(text, pos);
        const auto readings = pinyinReadings(cp);
        if (readings.empty())
            utf8::append(out, foldForSearch(cp));
        else
            out += pinyinSyllable(readings.front());
    }
    return out;
}

std::string toPinyinInitials(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::decode(text, pos);
        const auto readings = pinyinReadings(cp);
        if (readings.empty())
            utf8::append(out, foldForSearch(cp));
        else
            out += pinyinSyllable(readings.front()).front();
    }
    return out;
}

std::vector<std::string> pinyinAlternatives(std::string_view text, std::size_t limit)
{
    return combine(spellings(text, false), limit);
}

std::vector<std::string> pinyinInitialsAlternatives(std::string_view text, std::size_t limit)
{
    return combine(spellings(text, true), limit);
}

} // namespace assay::core
