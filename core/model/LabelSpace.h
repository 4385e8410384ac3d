#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace assay::core {

/// The labels an evaluation speaks of, as dense indexes with names and a tree: each label
/// knows its parent, so accuracy can be measured at every level of a taxonomy.
class LabelSpace
{
public:
    /// Adds a label under `parent` (-1 for the top level), or finds it; returns its index.
    int add(std::string_view name, int parent = -1);
    /// Adds a '/'-separated path and its ancestors; returns the index of the last segment.
    int addPath(std::string_view path);
    /// The index of `name`, or -1.
    int find(std::string_view name) const;

    std::size_t size() const { return m_names.size(); }
    const std::string &name(int index) const { return m_names[static_cast<std::size_t>(index)]; }
    int parent(int index) const { return m_parents[static_cast<std::size_t>(index)]; }
    /// 1 for a top-level label.
    int depth(int index) const;
    /// The ancestor of `index` at `depth` (itself when that is its depth), or -1.
    int ancestorAt(int index, int depth) const;
    int maxDepth() const;

private:
    std::vector<std::string> m_names;
    std::vector<int> m_parents;
    std::unordered_map<std::string, int> m_index;
};

} // namespace assay::core
