#pragma once

#include "items/ItemStore.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace assay::core {
class TextSearch;
}

namespace assay::gui {

class ItemDetailPane;
class ItemTableModel;
class LabelFilterEdit;
class MessageBanner;
class ProjectSession;

/// Browses every item of the project: a table loaded a page at a time, filters by state,
/// label and annotator, full-text search, and the selected item in full beside it.
class DataView : public QWidget
{
    Q_OBJECT

public:
    explicit DataView(ProjectSession &session, QWidget *parent = nullptr);
    ~DataView() override;

    /// Fills the filters for the session's project.
    void projectOpened();
    /// Empties the view when the project closes.
    void projectClosed();
    /// The view is shown: reloads when items changed since it was last shown.
    void activate();

    /// The table and its model (for the window and for tests).
    ItemTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    /// Shows only items in `state` (nullopt for all).
    void setStateFilter(std::optional<core::ItemState> state);
    /// Shows only items that user `userId` annotated (nullopt for all).
    void setAnnotatorFilter(std::optional<std::int64_t> userId);
    /// Shows only items whose current annotations hold label `labelId` of field `fieldId`.
    void setLabelFilter(std::int64_t fieldId, std::int64_t labelId);
    /// Shows only items whose text contains `query` (empty for all); builds the search index
    /// first when needed, off the GUI thread.
    void setTextQuery(const QString &query);

public slots:
    /// Reloads the table with the current filters.
    void apply();

private:
    void fillStates();
    void fillAnnotators();
    core::ItemFilter currentFilter() const;
    bool ensureIndexed();
    void updateCount();

    ProjectSession &m_session;
    std::unique_ptr<core::TextSearch> m_search;
    bool m_indexed = false;
    bool m_stale = true;

    QComboBox *m_state = nullptr;
    QComboBox *m_annotator = nullptr;
    LabelFilterEdit *m_label = nullptr;
    QLineEdit *m_query = nullptr;
    QLabel *m_count = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    ItemTableModel *m_model = nullptr;
    ItemDetailPane *m_detail = nullptr;
};

} // namespace assay::gui
