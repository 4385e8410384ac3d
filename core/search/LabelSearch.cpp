#include "search/LabelSearch.h"

#include "search/SearchFold.h"
#include "text/Utf8.h"

#include <algorithm>
#include <cassert>

namespace assay::core {

struct LabelSearch::Word {
    std::string text; ///< folded
    PinyinMatcher::Query pinyin;

    explicit Word(std::string folded)
        : text(std::move(folded))
        , pinyin(text)
    {}
};

namespace {

constexpr int kKindWeight = 100;           // score per LabelMatchKind step
constexpr int kRarePenalty = 50;           // keeps rare labels below common ones of the same kind
constexpr int kDeprecatedPenalty = 100000; // below every label that is not deprecated

struct Candidate {
    std::uint32_t entry;
    int score;
    std::uint32_t total; ///< sum of every word's kind: how well the other words matched
    std::uint32_t nameLength;
    std::uint16_t depth;
    LabelMatchKind kind;
};

bool ranksBefore(const Candidate &a, const Candidate &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.total != b.total)
        return a.total > b.total;
    if (a.nameLength != b.nameLength)
        return a.nameLength < b.nameLength;
    if (a.depth != b.depth)
        return a.depth < b.depth;
    return a.entry < b.entry;
}

LabelMatchKind textKind(std::string_view text, std::string_view word, bool isName)
{
    if (text.size() < word.size())
        return LabelMatchKind::None;
    if (text.size() == word.size() && text == word)
        return isName ? LabelMatchKind::NameExact : LabelMatchKind::AliasExact;
    if (text.compare(0, word.size(), word) == 0)
        return isName ? LabelMatchKind::NamePrefix : LabelMatchKind::AliasPrefix;
    if (text.find(word, 1) != std::string_view::npos)
        return isName ? LabelMatchKind::NameSubstring : LabelMatchKind::AliasSubstring;
    return LabelMatchKind::None;
}

LabelMatchKind pinyinKind(PinyinMatcher::Match match, bool isName)
{
    switch (match) {
    case PinyinMatcher::Match::Exact:
        return isName ? LabelMatchKind::PinyinExact : LabelMatchKind::AliasPinyin;
    case PinyinMatcher::Match::Prefix:
        return isName ? LabelMatchKind::PinyinPrefix : LabelMatchKind::AliasPinyin;
    case PinyinMatcher::Match::Substring:
        return LabelMatchKind::PinyinSubstring;
    case PinyinMatcher::Match::None:
        break;
    }
    return LabelMatchKind::None;
}

} // namespace

LabelSearch::LabelSearch(std::shared_ptr<const Taxonomy> taxonomy)
    : m_taxonomy(std::move(taxonomy))
{
    assert(m_taxonomy && "LabelSearch needs a taxonomy");
    const Taxonomy &tree = *m_taxonomy;
    m_entries.reserve(tree.size());
    m_texts.reserve(tree.size() * 2);
    // Depth-first from the top level, so every parent's entry precedes its children's.
    std::vector<std::pair<std::int64_t, std::int32_t>> stack; // label id, parent entry
    const auto &top = tree.children(0);
    for (auto it = top.rbegin(); it != top.rend(); ++it)
        stack.emplace_back(*it, -1);
    std::vector<bool> visited(tree.size(), false);
    while (!stack.empty()) {
        const auto [id, parent] = stack.back();
        stack.pop_back();
        const Label *label = tree.byId(id);
        if (!label)
            continue;
        const auto self = static_cast<std::int32_t>(m_entries.size());
        visited[static_cast<std::size_t>(label - tree.labels().data())] = true;
        addEntry(*label, parent);
        const auto &kids = tree.children(id);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it)
            stack.emplace_back(*it, self);
    }
    // A label whose parent is missing would be unreachable above; it still gets searched.
    for (std::size_t i = 0; i < tree.size(); ++i)
        if (!visited[i])
            addEntry(tree.labels()[i], -1);
}

void LabelSearch::addEntry(const Label &label, std::int32_t parent)
{
    Entry entry;
    entry.labelId = label.id;
    entry.parent = parent;
    entry.firstText = static_cast<std::uint32_t>(m_texts.size());
    entry.depth = static_cast<std::uint16_t>(std::clamp(label.depth, 0, 0xFFFF));
    entry.nameLength = static_cast<std::uint32_t>(utf8::length(label.name));
    entry.rare = label.tier == LabelTier::Rare;
    entry.deprecated = label.deprecated;
    entry.selectable = m_taxonomy->isSelectable(label.id);
    addText(label.name, TextRole::Name);
    for (const std::string &alias : label.aliases)
        addText(alias, TextRole::Alias);
    if (!label.english.empty())
        addText(label.english, TextRole::English);
    entry.textCount = static_cast<std::uint16_t>(m_texts.size() - entry.firstText);
    m_entries.push_back(entry);
}

void LabelSearch::addText(std::string_view text, TextRole role)
{
    const std::string folded = foldForSearch(text);
    if (folded.empty())
        return;
    Text added;
    added.offset = static_cast<std::uint32_t>(m_arena.size());
    added.length = static_cast<std::uint32_t>(folded.size());
    added.role = role;
    if (role != TextRole::English)
        added.pinyin = m_pinyin.add(folded);
    m_arena += folded;
    m_texts.push_back(added);
}

LabelMatchKind LabelSearch::matchOwn(const Entry &entry, const Word &word) const
{
    LabelMatchKind best = LabelMatchKind::None;
    const Text *texts = m_texts.data() + entry.firstText;
    for (std::uint16_t t = 0; t < entry.textCount; ++t) {
        const Text &text = texts[t];
        const bool isName = text.role == TextRole::Name;
        const std::string_view folded(m_arena.data() + text.offset, text.length);
        best = std::max(best, textKind(folded, word.text, isName));
        if (best == LabelMatchKind::NameExact)
            return best;
        // Pinyin can only help when it could beat what the text already gave.
        const LabelMatchKind ceiling =
            isName ? LabelMatchKind::PinyinExact : LabelMatchKind::AliasPinyin;
        if (text.pinyin != kNoPinyin && best < ceiling && word.pinyin.usable())
            best = std::max(best, pinyinKind(m_pinyin.match(text.pinyin, word.pinyin), isName));
    }
    return best;
}

std::vector<LabelMatch> LabelSearch::search(std::string_view query, std::size_t limit) const
{
    LabelSearchOptions options;
    options.limit = limit;
    return search(query, options);
}

std::vector<LabelMatch> LabelSearch::search(std::string_view query,
                                            const LabelSearchOptions &options) const
{
    if (options.limit == 0)
        return {};
    std::vector<Word> words;
    for (std::string &text : splitSearchWords(query))
        words.emplace_back(std::move(text));
    if (words.empty())
        return {};

    const std::size_t count = m_entries.size();
    // Per label: still matching every word so far, best kind, sum of kinds.
    std::vector<std::uint8_t> alive(count);
    std::vector<LabelMatchKind> best(count, LabelMatchKind::None);
    std::vector<std::uint32_t> total(count, 0);
    std::vector<std::uint8_t> onPath(count); // this word matches the label or an ancestor
    for (std::size_t i = 0; i < count; ++i) {
        const Entry &entry = m_entries[i];
        alive[i] = (options.includeDeprecated || !entry.deprecated) &&
                   (!options.selectableOnly || entry.selectable);
    }
    for (const Word &word : words) {
        for (std::size_t i = 0; i < count; ++i) {
            const Entry &entry = m_entries[i];
            const LabelMatchKind own = matchOwn(entry, word);
            const bool matched =
                own != LabelMatchKind::None ||
                (entry.parent >= 0 && onPath[static_cast<std::size_t>(entry.parent)]);
            onPath[i] = matched;
            if (!matched) {
                alive[i] = 0;
                continue;
            }
            const LabelMatchKind kind =
                own != LabelMatchKind::None ? own : LabelMatchKind::PathOnly;
            best[i] = std::max(best[i], kind);
            total[i] += static_cast<std::uint32_t>(kind);
        }
    }

    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < count; ++i) {
        if (!alive[i])
            continue;
        const Entry &entry = m_entries[i];
        int score = static_cast<int>(best[i]) * kKindWeight;
        if (entry.rare)
            score -= kRarePenalty;
        if (entry.deprecated)
            score -= kDeprecatedPenalty;
        candidates.push_back({static_cast<std::uint32_t>(i), score, total[i], entry.nameLength,
                              entry.depth, best[i]});
    }
    const std::size_t keep = std::min(options.limit, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep),
                      candidates.end(), ranksBefore);

    std::vector<LabelMatch> matches;
    matches.reserve(keep);
    for (std::size_t i = 0; i < keep; ++i) {
        const Candidate &c = candidates[i];
        matches.push_back({m_entries[c.entry].labelId, c.score, c.kind});
    }
    return matches;
}

} // namespace assay::core
