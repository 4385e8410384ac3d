#pragma once

#include <QStyledItemDelegate>

namespace assay::gui {

/// Draws a label row: a tick when it is in the answer, its name, optionally where it sits in
/// the tree (dimmed), and its hotkey. Deprecated labels are struck through.
class LabelDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit LabelDelegate(bool showParentPath, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_showParentPath;
};

} // namespace assay::gui
