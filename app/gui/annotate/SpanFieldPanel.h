#pragma once

#include "annotations/Annotation.h"

#include <QColor>
#include <QWidget>
#include <map>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;

namespace assay::core {
class Taxonomy;
}

namespace assay::gui {

class TextOffsets;

/// A span field's side panel: the legend of its labels (colour, name, hotkey; clicking one
/// marks the selection with it) and the list of marked spans, where one can be picked to
/// change it or removed with Delete.
class SpanFieldPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpanFieldPanel(QWidget *parent = nullptr);

    /// Shows the legend of the span field `taxonomy` belongs to.
    void setField(std::shared_ptr<const core::Taxonomy> taxonomy);
    /// The colour of each label of the field (by id), as the legend shows it.
    const std::map<std::int64_t, QColor> &colors() const { return m_colors; }
    /// The label whose hotkey is `key` (0 for none).
    std::int64_t labelForKey(const QString &key) const;

    /// Lists `spans` of `text`, marking span `current` (-1 for none).
    void setSpans(const std::vector<core::Span> &spans, const QString &text,
                  const TextOffsets &offsets, int current);

signals:
    void legendLabelClicked(qint64 labelId);
    void spanSelected(int index);
    void removeRequested(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLegend();

    std::shared_ptr<const core::Taxonomy> m_taxonomy;
    std::map<std::int64_t, QColor> m_colors;
    QLabel *m_title = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_rule = nullptr;
    QListWidget *m_list = nullptr;
    bool m_updating = false;
};

} // namespace assay::gui
