#pragma once

#include "schema/Taxonomy.h"

#include <QAbstractItemModel>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace assay::gui {

/// A field's label tree for browsing. Rows are read from the immutable taxonomy as the view
/// asks for them, so a 6,400-label tree costs what is expanded.
class TaxonomyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit TaxonomyTreeModel(QObject *parent = nullptr);

    /// Shows the tree of `taxonomy` (nothing for nullptr).
    void setTaxonomy(std::shared_ptr<const core::Taxonomy> taxonomy);
    const core::Taxonomy *taxonomy() const { return m_taxonomy.get(); }
    /// Marks the labels in the current answer.
    void setChosen(const std::unordered_set<std::int64_t> &chosen);

    /// The index of label `labelId` (invalid when unknown).
    QModelIndex indexOf(std::int64_t labelId) const;
    /// The label an index stands for (0 for an invalid index).
    static std::int64_t labelId(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const core::Taxonomy> m_taxonomy;
    std::unordered_map<std::int64_t, int> m_rowOf; ///< a label's row among its siblings
    std::unordered_set<std::int64_t> m_chosen;
};

} // namespace assay::gui
