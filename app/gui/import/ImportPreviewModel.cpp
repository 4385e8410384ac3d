#include "import/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>
#include <nlohmann/json.hpp>

namespace assay::gui {
namespace {

constexpr int kShownCharacters = 300; // a cell shows the start of a long text

QString oneLine(const QString &text)
{
    QString shown = text.left(kShownCharacters);
    shown.replace(QStringLiteral("\r\n"), QStringLiteral(" ↵ "));
    shown.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
    shown.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (text.size() > kShownCharacters)
        shown += QStringLiteral("…");
    return shown;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setPreview(ImportPreview preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setPreview({});
}

int ImportPreviewModel::errorCount() const
{
    int count = 0;
    for (const PreviewRow &row : m_preview.rows)
        count += row.isError();
    return count;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportPreviewModel::readableMetadata(const QString &json)
{
    if (json.isEmpty())
        return {};
    // Ordered, so that the columns read in the file's order.
    const auto object = nlohmann::ordered_json::parse(json.toStdString(), nullptr, false);
    if (!object.is_object())
        return json;
    QStringList parts;
    for (const auto &[key, value] : object.items()) {
        const QString text = value.is_string() ? QString::fromStdString(value.get<std::string>())
                                               : QString::fromStdString(value.dump());
        parts << QStringLiteral("%1: %2").arg(QString::fromStdString(key), oneLine(text.trimmed()));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ImportPreviewModel::cellText(const PreviewRow &row, int column) const
{
    switch (column) {
    case LineColumn:
        return row.line > 0 ? QString::number(row.line) : QString();
    case TextColumn:
        return row.isError() ? row.error : oneLine(row.text);
    case IdColumn:
        return row.id;
    case MetadataColumn:
        return readableMetadata(row.metadata);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PreviewRow &row = m_preview.rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, index.column());
    case FullTextRole:
        if (index.column() == TextColumn)
            return row.isError() ? row.error : row.text;
        if (index.column() == MetadataColumn)
            return row.metadata;
        return cellText(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return row.isError() ? row.error : row.text.left(4000);
        if (index.column() == MetadataColumn)
            return readableMetadata(row.metadata)
                .replace(QStringLiteral(" · "), QStringLiteral("\n"));
        return {};
    case Qt::ForegroundRole:
        if (row.isError())
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == LineColumn || index.column() == MetadataColumn)
            return QBrush(QColor(0x5f, 0x63, 0x68));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TextColumn:
        return tr("Text");
    case IdColumn:
        return tr("ID");
    case MetadataColumn:
        return tr("Metadata");
    default:
        return {};
    }
}

} // namespace assay::gui
