#include "labels/TaxonomyTreeModel.h"

#include "labels/LabelResultModel.h"
#include "labels/LabelRoles.h"
#include "project/CoreStrings.h"

#include <QColor>
#include <QFont>

namespace assay::gui {

static_assert(sizeof(quintptr) >= sizeof(std::int64_t), "label ids travel as internal ids");

TaxonomyTreeModel::TaxonomyTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void TaxonomyTreeModel::setTaxonomy(std::shared_ptr<const core::Taxonomy> taxonomy)
{
    beginResetModel();
    m_taxonomy = std::move(taxonomy);
    m_rowOf.clear();
    m_chosen.clear();
    if (m_taxonomy) {
        m_rowOf.reserve(m_taxonomy->size());
        const auto numberChildren = [this](std::int64_t parentId) {
            const auto &children = m_taxonomy->children(parentId);
            for (std::size_t row = 0; row < children.size(); ++row)
                m_rowOf[children[row]] = static_cast<int>(row);
        };
        numberChildren(0);
        for (const core::Label &label : m_taxonomy->labels())
            numberChildren(label.id);
    }
    endResetModel();
}

void TaxonomyTreeModel::setChosen(const std::unordered_set<std::int64_t> &chosen)
{
    std::unordered_set<std::int64_t> changed = m_chosen;
    changed.insert(chosen.begin(), chosen.end());
    m_chosen = chosen;
    for (std::int64_t id : changed) {
        const QModelIndex at = indexOf(id);
        if (at.isValid())
            emit dataChanged(at, at, {ChosenRole});
    }
}

std::int64_t TaxonomyTreeModel::labelId(const QModelIndex &index)
{
    return index.isValid() ? static_cast<std::int64_t>(index.internalId()) : 0;
}

QModelIndex TaxonomyTreeModel::indexOf(std::int64_t labelId) const
{
    auto row = m_rowOf.find(labelId);
    if (row == m_rowOf.end())
        return {};
    return createIndex(row->second, 0, static_cast<quintptr>(labelId));
}

QModelIndex TaxonomyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_taxonomy || column != 0 || row < 0)
        return {};
    const auto &children = m_taxonomy->children(labelId(parent));
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, 0, static_cast<quintptr>(children[static_cast<std::size_t>(row)]));
}

QModelIndex TaxonomyTreeModel::parent(const QModelIndex &child) const
{
    if (!m_taxonomy || !child.isValid())
        return {};
    const core::Label *label = m_taxonomy->byId(labelId(child));
    if (!label || label->parentId == 0)
        return {};
    return indexOf(label->parentId);
}

int TaxonomyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_taxonomy || parent.column() > 0)
        return 0;
    return static_cast<int>(m_taxonomy->children(labelId(parent)).size());
}

int TaxonomyTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool TaxonomyTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant TaxonomyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_taxonomy || !index.isValid())
        return {};
    return labelRoleData(*m_taxonomy, labelId(index), m_chosen, role);
}

} // namespace assay::gui
