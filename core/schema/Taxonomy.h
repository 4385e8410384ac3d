#pragma once

#include "error/Result.h"
#include "schema/Field.h"
#include "schema/Label.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace assay::core {

/// All labels of one field, in tree order (parents before children, siblings by position),
/// indexed for lookups by id, path and name. Immutable once built; cheap to share.
class Taxonomy
{
public:
    Taxonomy(Field field, std::vector<Label> labels);
    // The indexes point into m_labels' strings: moving keeps them valid, copying would not.
    Taxonomy(const Taxonomy &) = delete;
    Taxonomy &operator=(const Taxonomy &) = delete;
    Taxonomy(Taxonomy &&) = default;

    const Field &field() const { return m_field; }
    const std::vector<Label> &labels() const { return m_labels; }
    std::size_t size() const { return m_labels.size(); }

    const Label *byId(std::int64_t id) const;
    const Label *byPath(std::string_view path) const;
    /// Labels whose name or one of whose aliases equals `name`.
    std::vector<const Label *> byName(std::string_view name) const;

    /// Children of `parentId` (0 for the top level), in order.
    const std::vector<std::int64_t> &children(std::int64_t parentId) const;
    bool isLeaf(std::int64_t id) const { return children(id).empty(); }
    std::size_t leafCount() const;
    std::size_t topLevelCount() const { return children(0).size(); }
    int maxDepth() const;

    /// The label and its ancestors, from the top level down.
    std::vector<const Label *> lineage(std::int64_t id) const;

    /// Finds the label a person or file means by `reference`: a full path, else a unique name
    /// or alias. An unknown or ambiguous reference is an error that says which.
    Result<const Label *> resolve(std::string_view reference) const;

    /// Whether `id` may be chosen as an answer of this field.
    bool isSelectable(std::int64_t id) const;

private:
    Field m_field;
    std::vector<Label> m_labels;
    std::unordered_map<std::int64_t, std::size_t> m_byId;
    std::unordered_map<std::string_view, std::size_t> m_byPath;
    std::unordered_multimap<std::string_view, std::size_t> m_byName;
    std::unordered_map<std::int64_t, std::vector<std::int64_t>> m_children;
};

} // namespace assay::core
