#include "model/LabelScoreModel.h"

#include "model/ModelFormat.h"
#include "schema/Taxonomy.h"

namespace assay::gui {

LabelScoreModel::LabelScoreModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LabelScoreModel::setScores(std::vector<core::LabelScore> scores,
                                std::shared_ptr<const core::Taxonomy> taxonomy)
{
    beginResetModel();
    m_scores = std::move(scores);
    m_taxonomy = std::move(taxonomy);
    endResetModel();
}

int LabelScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_scores.size());
}

int LabelScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant LabelScoreModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::LabelScore &s = m_scores[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sorting = role == SortRole;
        switch (column) {
        case NameColumn:
            return ModelFormat::labelName(m_taxonomy.get(), s.label);
        case PathColumn:
            return ModelFormat::labelParents(m_taxonomy.get(), s.label);
        case PrecisionColumn:
            return sorting ? QVariant(s.precision) : QVariant(ModelFormat::percent(s.precision));
        case RecallColumn:
            return sorting ? QVariant(s.recall) : QVariant(ModelFormat::percent(s.recall));
        case F1Column:
            return sorting ? QVariant(s.f1) : QVariant(ModelFormat::percent(s.f1));
        case SupportColumn:
            return sorting ? QVariant(static_cast<qlonglong>(s.support))
                           : QVariant(ModelFormat::count(s.support));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == NameColumn || column == PathColumn)
            return ModelFormat::labelPath(s.label);
        return tr("Held-out items with this label: %1. The model gave it to %2, rightly to %3.")
            .arg(s.support)
            .arg(s.predicted)
            .arg(s.correct);
    }
    if (role == Qt::TextAlignmentRole && column >= PrecisionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant LabelScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PrecisionColumn:
            return tr("Of the items the model gave this label, the share that have it");
        case RecallColumn:
            return tr("Of the items that have this label, the share the model found");
        case F1Column:
            return tr("The harmonic mean of precision and recall");
        case SupportColumn:
            return tr("Held-out items that have this label");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Label");
    case PathColumn:
        return tr("Under");
    case PrecisionColumn:
        return tr("Precision");
    case RecallColumn:
        return tr("Recall");
    case F1Column:
        return tr("F1");
    case SupportColumn:
        return tr("Support");
    default:
        return {};
    }
}

} // namespace assay::gui
