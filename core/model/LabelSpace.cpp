#include "model/LabelSpace.h"

#include "schema/LabelPath.h"

#include <algorithm>

namespace assay::core {

int LabelSpace::add(std::string_view name, int parent)
{
    if (int found = find(name); found >= 0)
        return found;
    const int index = static_cast<int>(m_names.size());
    m_names.emplace_back(name);
    m_parents.push_back(parent);
    m_index.emplace(std::string(name), index);
    return index;
}

int LabelSpace::addPath(std::string_view path)
{
    if (int found = find(path); found >= 0)
        return found;
    const std::vector<std::string> segments = splitLabelPath(path);
    int parent = -1;
    std::vector<std::string> prefix;
    for (std::size_t i = 0; i + 1 < segments.size(); ++i) {
        prefix.push_back(segments[i]);
        parent = add(joinLabelPath(prefix), parent);
    }
    return add(path, parent);
}

int LabelSpace::find(std::string_view name) const
{
    auto found = m_index.find(std::string(name));
    return found == m_index.end() ? -1 : found->second;
}

int LabelSpace::depth(int index) const
{
    int d = 0;
    for (int i = index; i >= 0; i = parent(i))
        ++d;
    return d;
}

int LabelSpace::ancestorAt(int index, int targetDepth) const
{
    const int d = depth(index);
    if (targetDepth > d || targetDepth < 1)
        return -1;
    int at = index;
    for (int i = d; i > targetDepth; --i)
        at = parent(at);
    return at;
}

int LabelSpace::maxDepth() const
{
    int most = 0;
    for (std::size_t i = 0; i < m_names.size(); ++i)
        most = std::max(most, depth(static_cast<int>(i)));
    return most;
}

} // namespace assay::core
