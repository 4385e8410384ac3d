#pragma once

#include <QTextBrowser>
#include <cstdint>

namespace assay::gui {

class ProjectSession;

/// The selected item in full beside the data table: its text, state and metadata, and
/// every current annotation with its author, version, time spent and labels.
class ItemDetailPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ItemDetailPane(ProjectSession &session, QWidget *parent = nullptr);

    /// Shows item `itemId` (0 clears the pane).
    void showItem(std::int64_t itemId);

private:
    ProjectSession &m_session;
};

} // namespace assay::gui
