#include "labels/LabelResultModel.h"

#include "labels/LabelRoles.h"
#include "project/CoreStrings.h"

#include <QColor>

namespace assay::gui {

LabelResultModel::LabelResultModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LabelResultModel::setTaxonomy(std::shared_ptr<const core::Taxonomy> taxonomy)
{
    beginResetModel();
    m_taxonomy = std::move(taxonomy);
    m_matches.clear();
    m_loaded = 0;
    endResetModel();
}

void LabelResultModel::setMatches(std::vector<core::LabelMatch> matches)
{
    beginResetModel();
    m_matches = std::move(matches);
    m_loaded = std::min<int>(kPage, static_cast<int>(m_matches.size()));
    endResetModel();
}

void LabelResultModel::setChosen(const std::unordered_set<std::int64_t> &chosen)
{
    m_chosen = chosen;
    if (m_loaded > 0)
        emit dataChanged(index(0), index(m_loaded - 1), {ChosenRole});
}

std::int64_t LabelResultModel::labelId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_matches.size()) ? m_matches[row].labelId : 0;
}

int LabelResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

QVariant LabelResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_loaded || !m_taxonomy)
        return {};
    return labelRoleData(*m_taxonomy, m_matches[static_cast<std::size_t>(index.row())].labelId,
                         m_chosen, role);
}

bool LabelResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_loaded < static_cast<int>(m_matches.size());
}

void LabelResultModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    const int more = std::min<int>(kPage, static_cast<int>(m_matches.size()) - m_loaded);
    if (more <= 0)
        return;
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

} // namespace assay::gui
