#pragma once

#include "labels/Suggestion.h"

#include <QWidget>
#include <memory>
#include <unordered_set>
#include <vector>

namespace assay::core {
class Taxonomy;
}

namespace assay::gui {

/// The labels offered first, one row each with its number key (1–9): the model's top labels
/// with their confidence, then the user's recent labels. Clicking a row picks it.
class SuggestionStrip : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionStrip(QWidget *parent = nullptr);

    /// Shows `suggestions` (labels of `taxonomy`), numbered from 1; hidden when empty.
    void setSuggestions(std::shared_ptr<const core::Taxonomy> taxonomy,
                        std::vector<Suggestion> suggestions);
    const std::vector<Suggestion> &suggestions() const { return m_suggestions; }
    /// Marks the labels in the current answer.
    void setChosen(const std::unordered_set<std::int64_t> &chosen);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void picked(qint64 labelId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int rowAt(const QPoint &point) const;

    std::shared_ptr<const core::Taxonomy> m_taxonomy;
    std::vector<Suggestion> m_suggestions;
    std::unordered_set<std::int64_t> m_chosen;
    int m_hover = -1;
};

} // namespace assay::gui
