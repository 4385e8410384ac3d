#pragma once

#include "items/ItemStore.h"

#include <QAbstractTableModel>
#include <vector>

namespace assay::core {
class Project;
class TextSearch;
} // namespace assay::core

namespace assay::gui {

/// A project's items as a table that loads a page at a time as the view scrolls
/// (canFetchMore/fetchMore over core::ItemStore::page, or over core::TextSearch::find when
/// searching text), so a million items cost what has been looked at.
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, ExternalIdColumn, StateColumn, TextColumn, ColumnCount };
    static constexpr int kPage = 200;
    static constexpr int kPreviewLength = 160;
    /// A text search looks at 20,000 item ids per step, and steps for at most 40 ms before
    /// it lets the event loop run again, so that a search that must scan a million texts
    /// never freezes the window. Tests make the steps smaller.
    void setSearchSteps(std::int64_t window, int sliceMs);

    explicit ItemTableModel(QObject *parent = nullptr);

    /// Lists the items of `project` matching `filter`, and containing `query` (through
    /// `search`) when it is not empty. Loads the first page.
    void setSource(core::Project *project, const core::ItemFilter &filter, const QString &query,
                   core::TextSearch *search);
    /// Shows nothing.
    void clear();

    /// The item shown in `row` (0 when there is none).
    std::int64_t itemId(int row) const;
    /// Whether every matching item has been loaded.
    bool isComplete() const { return m_complete; }
    /// While searching text: the highest item id looked at so far.
    std::int64_t searchedThrough() const { return m_searchedThrough; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    /// Loading a page failed; the message says why.
    void loadFailed(const QString &message);
    /// A text search looked further (see searchedThrough()).
    void searchProgressed();

private:
    struct Row {
        std::int64_t id = 0;
        QString externalId;
        core::ItemState state = core::ItemState::New;
        QString preview;
    };

    core::Result<std::vector<core::Item>> loadPage();
    core::Result<std::vector<std::int64_t>> searchSlice();

    core::Project *m_project = nullptr;
    core::TextSearch *m_search = nullptr;
    core::ItemFilter m_filter;
    std::string m_query;
    std::vector<Row> m_rows;
    std::int64_t m_lastId = 0;
    std::int64_t m_searchedThrough = 0;
    bool m_complete = true;
    std::int64_t m_searchWindow = 20000;
    int m_sliceMs = 40;
    int m_generation = 0; ///< bumped by setSource, so a queued continuation knows it is stale
};

} // namespace assay::gui
