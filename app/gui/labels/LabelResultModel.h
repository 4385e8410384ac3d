#pragma once

#include "labels/LabelRoles.h"
#include "search/LabelSearch.h"

#include <QAbstractListModel>
#include <memory>
#include <unordered_set>
#include <vector>

namespace assay::gui {

/// The labels a search found, best first, as a list model that hands rows to the view a
/// page at a time (canFetchMore/fetchMore), so a long result list costs what is on screen.
class LabelResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kPage = 40;

    explicit LabelResultModel(QObject *parent = nullptr);

    /// The taxonomy the label ids refer to; clears the results.
    void setTaxonomy(std::shared_ptr<const core::Taxonomy> taxonomy);
    /// Shows `matches` (best first).
    void setMatches(std::vector<core::LabelMatch> matches);
    /// Marks the labels in the current answer.
    void setChosen(const std::unordered_set<std::int64_t> &chosen);

    /// Every match, including rows not yet handed to the view.
    std::size_t matchCount() const { return m_matches.size(); }
    /// The label of result `row` (0 when there is none).
    std::int64_t labelId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    std::shared_ptr<const core::Taxonomy> m_taxonomy;
    std::vector<core::LabelMatch> m_matches;
    std::unordered_set<std::int64_t> m_chosen;
    int m_loaded = 0;
};

} // namespace assay::gui
