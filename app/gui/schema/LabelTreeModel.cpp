#include "schema/LabelTreeModel.h"

#include "project/CoreStrings.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace assay::gui {

static_assert(sizeof(quintptr) >= sizeof(std::int64_t), "label ids travel as internal ids");

LabelTreeModel::LabelTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void LabelTreeModel::setTaxonomy(std::shared_ptr<const core::Taxonomy> taxonomy)
{
    beginResetModel();
    m_taxonomy = std::move(taxonomy);
    m_rowOf.clear();
    endResetModel();
}

std::int64_t LabelTreeModel::labelId(const QModelIndex &index)
{
    return index.isValid() ? static_cast<std::int64_t>(index.internalId()) : 0;
}

const core::Label *LabelTreeModel::label(const QModelIndex &index) const
{
    return m_taxonomy && index.isValid() ? m_taxonomy->byId(labelId(index)) : nullptr;
}

int LabelTreeModel::rowOf(std::int64_t id) const
{
    if (auto known = m_rowOf.find(id); known != m_rowOf.end())
        return known->second;
    const core::Label *found = m_taxonomy->byId(id);
    if (!found)
        return -1;
    // Numbering a label's siblings once makes the rows of a whole branch cheap.
    const auto &siblings = m_taxonomy->children(found->parentId);
    int row = -1;
    for (std::size_t i = 0; i < siblings.size(); ++i) {
        m_rowOf[siblings[i]] = static_cast<int>(i);
        if (siblings[i] == id)
            row = static_cast<int>(i);
    }
    return row;
}

QModelIndex LabelTreeModel::indexOf(std::int64_t id, int column) const
{
    if (!m_taxonomy || id == 0)
        return {};
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : createIndex(row, column, static_cast<quintptr>(id));
}

QModelIndex LabelTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_taxonomy || column < 0 || column >= ColumnCount || row < 0)
        return {};
    const auto &children = m_taxonomy->children(labelId(parent));
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(children[static_cast<std::size_t>(row)]));
}

QModelIndex LabelTreeModel::parent(const QModelIndex &child) const
{
    const core::Label *found = label(child);
    if (!found || found->parentId == 0)
        return {};
    return indexOf(found->parentId);
}

int LabelTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_taxonomy || parent.column() > 0)
        return 0;
    return static_cast<int>(m_taxonomy->children(labelId(parent)).size());
}

int LabelTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool LabelTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant LabelTreeModel::data(const QModelIndex &index, int role) const
{
    const core::Label *shown = label(index);
    if (!shown)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return qstr(shown->name);
        case HotkeyColumn:
            return qstr(shown->hotkey);
        case EnglishColumn:
            return qstr(shown->english);
        case NotesColumn: {
            QStringList notes;
            if (shown->tier == core::LabelTier::Rare)
                notes << tr("rare");
            if (shown->deprecated)
                notes << tr("deprecated");
            if (!shown->aliases.empty())
                notes << tr("%n alias(es)", nullptr, static_cast<int>(shown->aliases.size()));
            return notes.join(QStringLiteral(", "));
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return qstr(shown->path);
    case Qt::DecorationRole:
        if (index.column() == NameColumn && !shown->color.empty())
            return QColor(qstr(shown->color));
        return {};
    case Qt::ForegroundRole:
        if (shown->deprecated)
            return QBrush(QColor(0x9a, 0xa0, 0xa6));
        return {};
    case Qt::FontRole:
        if (shown->deprecated) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant LabelTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Label");
    case HotkeyColumn:
        return tr("Hotkey");
    case EnglishColumn:
        return tr("English");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace assay::gui
