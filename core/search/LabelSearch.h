#pragma once

#include "schema/Taxonomy.h"
#include "search/PinyinMatcher.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace assay::core {

/// How a label matched a query, best first; a multi-word query reports its best word.
enum class LabelMatchKind : std::uint8_t {
    None = 0,
    PathOnly,        ///< only an ancestor's name matched ("城乡建设" finds its subtree)
    PinyinSubstring, ///< pinyin of a run of characters inside the name or an alias
    AliasSubstring,  ///< inside an alias or the English name
    NameSubstring,   ///< inside the name
    AliasPinyin,     ///< pinyin of the start or whole of an alias
    PinyinPrefix,    ///< pinyin (full or initials) of the name's first characters: "wuye", "wy"
    PinyinExact,     ///< pinyin (full or initials) of the whole name: "wyfw" → 物业服务
    AliasPrefix,     ///< the start of an alias or the English name
    NamePrefix,      ///< the start of the name
    AliasExact,      ///< an alias or the English name, whole
    NameExact,       ///< the name, whole
};

/// One search hit: the label and a score, higher is better (ties are broken as described
/// at LabelSearch::search). Deprecated labels, when asked for, score below zero.
struct LabelMatch {
    std::int64_t labelId = 0;
    int score = 0;
    LabelMatchKind kind = LabelMatchKind::None;
};

/// How many labels search() returns, and which it may return.
struct LabelSearchOptions {
    std::size_t limit = 50;
    bool selectableOnly = false;    ///< only labels Taxonomy::isSelectable accepts as answers
    bool includeDeprecated = false; ///< deprecated labels are left out unless this is set
};

/// Type-to-filter search over one field's labels for the label picker: names, aliases,
/// English names, any path segment, and pinyin (full, initials or mixed) of names and
/// aliases, case-insensitive. The index is built once; a search scans flat arrays and
/// allocates per query, not per label. Safe to use from several threads at once.
class LabelSearch
{
public:
    /// Builds the index over `taxonomy`, which must not be null (about 2 ms for 6,400 leaves).
    explicit LabelSearch(std::shared_ptr<const Taxonomy> taxonomy);

    /// Labels matching `query`, best first, at most `limit`; empty query gives none.
    /// Non-deprecated labels of any kind (leaves and parents) are searched.
    std::vector<LabelMatch> search(std::string_view query, std::size_t limit = 50) const;

    /// Labels matching `query`, best first. A query of several words (split at spaces and
    /// '/') keeps the labels where every word matches somewhere on their path. Order: how
    /// well the best word matches (LabelMatchKind), common before rare, then how well the
    /// other words match, shorter names, shallower labels, tree order.
    std::vector<LabelMatch> search(std::string_view query, const LabelSearchOptions &options) const;

    const Taxonomy &taxonomy() const { return *m_taxonomy; }
    /// Labels in the index (the taxonomy's size).
    std::size_t size() const { return m_entries.size(); }

private:
    enum class TextRole : std::uint8_t { Name, Alias, English };
    struct Text {
        std::uint32_t offset = 0; ///< of the folded text in m_arena
        std::uint32_t length = 0;
        std::uint32_t pinyin = kNoPinyin; ///< PinyinMatcher text number
        TextRole role = TextRole::Name;
    };
    struct Entry {
        std::int64_t labelId = 0;
        std::int32_t parent = -1; ///< entry index of the parent, always lower; -1 at the top
        std::uint32_t firstText = 0;
        std::uint16_t textCount = 0;
        std::uint16_t depth = 0;
        std::uint32_t nameLength = 0; ///< in bytes, for "shorter names first"
        bool rare = false;
        bool deprecated = false;
        bool selectable = false;
    };
    struct Word;
    static constexpr std::uint32_t kNoPinyin = 0xFFFFFFFF;

    void addEntry(const Label &label, std::int32_t parent);
    void addText(std::string_view text, TextRole role);
    LabelMatchKind matchOwn(const Entry &entry, const Word &word) const;

    std::shared_ptr<const Taxonomy> m_taxonomy;
    std::vector<Entry> m_entries; ///< in tree order: parents before children
    std::vector<Text> m_texts;
    std::string m_arena;
    PinyinMatcher m_pinyin;
};

} // namespace assay::core
