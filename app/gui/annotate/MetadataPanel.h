#pragma once

#include <QTextBrowser>

namespace assay::core {
struct Item;
}

namespace assay::gui {

/// The item's details on demand: ids, batch, state, length, the model's uncertainty and the
/// metadata imported with it.
class MetadataPanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MetadataPanel(QWidget *parent = nullptr);

    /// Shows the details of `item`, or nothing.
    void showItem(const core::Item &item);
    void clearItem();
};

} // namespace assay::gui
