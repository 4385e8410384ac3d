#pragma once

#include "model/Evaluation.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace assay::core {
class Taxonomy;
}

namespace assay::gui {

/// The per-label scores of an evaluation as a table: the label's name and where it sits,
/// precision, recall, F1 and support. Numbers are also given under SortRole, so that a
/// QSortFilterProxyModel with that sort role orders them as numbers.
class LabelScoreModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PathColumn, PrecisionColumn, RecallColumn, F1Column, SupportColumn };
    static constexpr int kColumnCount = 6;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit LabelScoreModel(QObject *parent = nullptr);

    /// Shows `scores`, naming labels from `taxonomy` (which may be null).
    void setScores(std::vector<core::LabelScore> scores,
                   std::shared_ptr<const core::Taxonomy> taxonomy);
    /// The scores of row `row` as given.
    const core::LabelScore &score(int row) const
    {
        return m_scores.at(static_cast<std::size_t>(row));
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<core::LabelScore> m_scores;
    std::shared_ptr<const core::Taxonomy> m_taxonomy;
};

} // namespace assay::gui
