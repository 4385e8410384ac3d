#pragma once

#include "schema/Taxonomy.h"

#include <QAbstractItemModel>
#include <memory>
#include <unordered_map>

namespace assay::gui {

/// A field's label tree as the schema editor shows it: name, hotkey, English name and
/// notes (rare, deprecated), with the label's colour for span fields. Rows are read from
/// the immutable taxonomy only as the view asks for them, so a 6,400-leaf tree opens as
/// fast as its top level.
class LabelTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, HotkeyColumn, EnglishColumn, NotesColumn, ColumnCount };

    explicit LabelTreeModel(QObject *parent = nullptr);

    /// Shows `taxonomy` (nullptr for none).
    void setTaxonomy(std::shared_ptr<const core::Taxonomy> taxonomy);
    const core::Taxonomy *taxonomy() const { return m_taxonomy.get(); }

    /// The index of label `labelId` in `column` (invalid when unknown).
    QModelIndex indexOf(std::int64_t labelId, int column = NameColumn) const;
    /// The label an index shows (0 for none).
    static std::int64_t labelId(const QModelIndex &index);
    /// The label an index shows, or nullptr.
    const core::Label *label(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int rowOf(std::int64_t labelId) const;

    std::shared_ptr<const core::Taxonomy> m_taxonomy;
    /// A label's row among its siblings, filled in as rows are asked for.
    mutable std::unordered_map<std::int64_t, int> m_rowOf;
};

} // namespace assay::gui
