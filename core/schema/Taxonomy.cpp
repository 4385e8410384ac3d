#include "schema/Taxonomy.h"

#include <algorithm>

namespace assay::core {

Taxonomy::Taxonomy(Field field, std::vector<Label> labels)
    : m_field(std::move(field))
    , m_labels(std::move(labels))
{
    m_byId.reserve(m_labels.size());
    m_byPath.reserve(m_labels.size());
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        const Label &label = m_labels[i];
        m_byId.emplace(label.id, i);
        m_byPath.emplace(label.path, i);
        m_byName.emplace(label.name, i);
        for (const std::string &alias : label.aliases)
            m_byName.emplace(alias, i);
        m_children[label.parentId].push_back(label.id);
    }
    for (auto &[parent, kids] : m_children) {
        std::stable_sort(kids.begin(), kids.end(), [this](std::int64_t a, std::int64_t b) {
            return byId(a)->position < byId(b)->position;
        });
    }
}

const Label *Taxonomy::byId(std::int64_t id) const
{
    auto found = m_byId.find(id);
    return found == m_byId.end() ? nullptr : &m_labels[found->second];
}

const Label *Taxonomy::byPath(std::string_view path) const
{
    auto found = m_byPath.find(path);
    return found == m_byPath.end() ? nullptr : &m_labels[found->second];
}

std::vector<const Label *> Taxonomy::byName(std::string_view name) const
{
    std::vector<const Label *> found;
    auto [first, last] = m_byName.equal_range(name);
    for (auto it = first; it != last; ++it)
        found.push_back(&m_labels[it->second]);
    std::sort(found.begin(), found.end(),
              [](const Label *a, const Label *b) { return a->path < b->path; });
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

const std::vector<std::int64_t> &Taxonomy::children(std::int64_t parentId) const
{
    static const std::vector<std::int64_t> none;
    auto found = m_children.find(parentId);
    return found == m_children.end() ? none : found->second;
}

std::size_t Taxonomy::leafCount() const
{
    return static_cast<std::size_t>(std::count_if(m_labels.begin(), m_labels.end(),
                                                  [this](const Label &l) { return isLeaf(l.id); }));
}

int Taxonomy::maxDepth() const
{
    int depth = 0;
    for (const Label &label : m_labels)
        depth = std::max(depth, label.depth);
    return depth;
}

std::vector<const Label *> Taxonomy::lineage(std::int64_t id) const
{
    std::vector<const Label *> chain;
    for (const Label *label = byId(id); label; label = byId(label->parentId))
        chain.push_back(label);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

Result<const Label *> Taxonomy::resolve(std::string_view reference) const
{
    if (const Label *label = byPath(reference))
        return label;
    auto named = byName(reference);
    if (named.size() == 1)
        return named.front();
    if (named.empty())
        return Error(ErrorCode::Validation, "unknown label '" + std::string(reference) +
                                                "' in field '" + m_field.name + "'");
    std::string message = "label '" + std::string(reference) + "' is ambiguous in field '" +
                          m_field.name + "': it names " + std::to_string(named.size()) +
                          " labels (for example '" + named[0]->path + "' and '" + named[1]->path +
                          "'); give the full path";
    return Error(ErrorCode::Validation, message);
}

bool Taxonomy::isSelectable(std::int64_t id) const
{
    const Label *label = byId(id);
    if (!label)
        return false;
    return !m_field.leavesOnly || m_field.kind == FieldKind::Spans || isLeaf(id);
}

} // namespace assay::core
