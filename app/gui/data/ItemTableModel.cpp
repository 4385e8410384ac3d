#include "data/ItemTableModel.h"

#include "project/CoreStrings.h"
#include "project/Project.h"
#include "search/TextSearch.h"

#include <QColor>
#include <QElapsedTimer>
#include <QTimer>

namespace assay::gui {
namespace {

QString preview(const std::string &text)
{
    QString shown = qstr(text.size() > 4 * ItemTableModel::kPreviewLength
                             ? std::string_view(text).substr(0, 4 * ItemTableModel::kPreviewLength)
                             : std::string_view(text));
    if (shown.size() > ItemTableModel::kPreviewLength)
        shown = shown.left(ItemTableModel::kPreviewLength - 1) + QChar(0x2026);
    return shown.simplified();
}

QColor stateColor(core::ItemState state)
{
    switch (state) {
    case core::ItemState::Accepted:
        return QColor(0x18, 0x80, 0x38);
    case core::ItemState::Conflict:
        return QColor(0xb3, 0x26, 0x1e);
    case core::ItemState::Gold:
        return QColor(0xb0, 0x60, 0x00);
    case core::ItemState::Returned:
        return QColor(0x8e, 0x24, 0xaa);
    default:
        return QColor(0x44, 0x4b, 0x55);
    }
}

} // namespace

ItemTableModel::ItemTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ItemTableModel::setSource(core::Project *project, const core::ItemFilter &filter,
                               const QString &query, core::TextSearch *search)
{
    beginResetModel();
    m_project = project;
    m_filter = filter;
    m_query = stdstr(query.trimmed());
    m_search = search;
    m_rows.clear();
    m_lastId = 0;
    m_searchedThrough = 0;
    m_complete = project == nullptr;
    ++m_generation;
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
}

void ItemTableModel::clear()
{
    setSource(nullptr, {}, {}, nullptr);
}

void ItemTableModel::setSearchSteps(std::int64_t window, int sliceMs)
{
    m_searchWindow = std::max<std::int64_t>(1, window);
    m_sliceMs = std::max(0, sliceMs);
}

std::int64_t ItemTableModel::itemId(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[row].id : 0;
}

core::Result<std::vector<std::int64_t>> ItemTableModel::searchSlice()
{
    std::vector<std::int64_t> ids;
    QElapsedTimer slice;
    slice.start();
    do {
        auto step =
            m_search->findStep(m_query, m_searchedThrough, kPage - static_cast<int>(ids.size()),
                               m_searchWindow, m_filter);
        if (!step)
            return step.error();
        ids.insert(ids.end(), step->ids.begin(), step->ids.end());
        m_searchedThrough = std::max(m_searchedThrough, step->lookedThrough);
        m_complete = step->finished && static_cast<int>(ids.size()) < kPage;
        if (step->finished)
            break;
    } while (static_cast<int>(ids.size()) < kPage && !m_complete && slice.elapsed() < m_sliceMs);
    return ids;
}

core::Result<std::vector<core::Item>> ItemTableModel::loadPage()
{
    if (m_query.empty() || !m_search) {
        auto page = m_project->items().page(m_lastId, kPage, m_filter);
        if (page && static_cast<int>(page->size()) < kPage)
            m_complete = true;
        return page;
    }
    auto ids = searchSlice();
    if (!ids)
        return ids.error();
    std::vector<core::Item> items;
    items.reserve(ids->size());
    for (std::int64_t id : *ids) {
        auto item = m_project->items().get(id);
        if (!item)
            return item.error();
        items.push_back(std::move(item).value());
    }
    return items;
}

bool ItemTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void ItemTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    auto page = loadPage();
    if (!page) {
        m_complete = true;
        emit loadFailed(errorText(page.error()));
        return;
    }
    if (!m_query.empty() && m_search) {
        emit searchProgressed();
        if (static_cast<int>(page->size()) < kPage && !m_complete) {
            // The slice ran out of time before a page was found: go on after the event loop
            // has had its turn (painting, a click on Cancel or another query).
            const int generation = m_generation;
            QTimer::singleShot(0, this, [this, generation] {
                if (generation == m_generation && canFetchMore({}))
                    fetchMore({});
            });
        }
    }
    if (page->empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    for (const core::Item &item : *page) {
        m_rows.push_back({item.id, item.externalId ? qstr(*item.externalId) : QString(), item.state,
                          preview(item.text)});
    }
    m_lastId = page->back().id;
    endInsertRows();
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return QVariant::fromValue<qlonglong>(row.id);
        case ExternalIdColumn:
            return row.externalId;
        case StateColumn:
            return qstr(core::itemStateName(row.state));
        case TextColumn:
            return row.preview;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return stateColor(row.state);
    if (role == Qt::TextAlignmentRole && index.column() == IdColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Item");
    case ExternalIdColumn:
        return tr("External id");
    case StateColumn:
        return tr("State");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

} // namespace assay::gui
