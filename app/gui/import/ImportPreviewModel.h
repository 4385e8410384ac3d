#pragma once

#include "import/ImportPreview.h"

#include <QAbstractTableModel>

namespace assay::gui {

/// The rows of an ImportPreview as a table: line, text, id and metadata. Line breaks inside
/// a text show as "↵" so that every row keeps one line; the tooltip and FullTextRole give
/// the text as it will be stored. Bad rows show their reason in red across the text column.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, TextColumn, IdColumn, MetadataColumn, ColumnCount };
    /// The unaltered value of a cell.
    static constexpr int FullTextRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(ImportPreview preview);
    void clear();
    const ImportPreview &preview() const { return m_preview; }
    /// How many of the rows are bad.
    int errorCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Metadata JSON as "key: value · key: value" for reading.
    static QString readableMetadata(const QString &json);

private:
    QString cellText(const PreviewRow &row, int column) const;

    ImportPreview m_preview;
};

} // namespace assay::gui
