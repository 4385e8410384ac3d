#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace assay::core {

/// How often a label is expected; rare labels rank lower in search and suggestions.
enum class LabelTier { Common = 0, Rare = 1 };

/// One node of a field's label tree. Its identity within the field is its path, because
/// leaf names repeat across parents (many parents have a child called "其他").
struct Label {
    std::int64_t id = 0;
    std::int64_t fieldId = 0;
    std::int64_t parentId = 0; ///< 0 for a top-level label
    std::string path;          ///< segments joined by '/', see LabelPath.h
    std::string name;          ///< the last path segment
    std::string english;       ///< optional English name
    std::vector<std::string> aliases;
    std::string guideline;
    std::string hotkey; ///< a single key, e.g. "p"; empty for none
    LabelTier tier = LabelTier::Common;
    bool deprecated = false;
    std::string color; ///< "#rrggbb" for span highlights; empty picks one
    int position = 0;  ///< order among siblings
    int depth = 0;     ///< 1 for a top-level label
};

/// A label to add: its path from the root plus optional attributes.
struct LabelSpec {
    std::vector<std::string> path;
    std::string english;
    std::vector<std::string> aliases;
    std::string guideline;
    std::string hotkey;
    LabelTier tier = LabelTier::Common;
    bool deprecated = false;
    std::string color;
};

} // namespace assay::core
