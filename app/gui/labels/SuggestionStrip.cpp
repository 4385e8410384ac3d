#include "labels/SuggestionStrip.h"

#include "labels/LabelResultModel.h"
#include "project/CoreStrings.h"
#include "schema/Taxonomy.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace assay::gui {
namespace {

constexpr int kBadge = 22;
constexpr int kBarWidth = 56;

} // namespace

SuggestionStrip::SuggestionStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("suggestionStrip"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void SuggestionStrip::setSuggestions(std::shared_ptr<const core::Taxonomy> taxonomy,
                                     std::vector<Suggestion> suggestions)
{
    m_taxonomy = std::move(taxonomy);
    m_suggestions = std::move(suggestions);
    m_hover = -1;
    setVisible(!m_suggestions.empty());
    updateGeometry();
    update();
}

void SuggestionStrip::setChosen(const std::unordered_set<std::int64_t> &chosen)
{
    m_chosen = chosen;
    update();
}

int SuggestionStrip::rowHeight() const
{
    return fontMetrics().height() + 10;
}

QSize SuggestionStrip::sizeHint() const
{
    return {320, static_cast<int>(m_suggestions.size()) * rowHeight() + 2};
}

QSize SuggestionStrip::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

int SuggestionStrip::rowAt(const QPoint &point) const
{
    const int row = point.y() / rowHeight();
    return row >= 0 && row < static_cast<int>(m_suggestions.size()) ? row : -1;
}

void SuggestionStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int height = rowHeight();
    const QFontMetrics metrics = fontMetrics();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.86);
    const QFontMetrics smallMetrics(small);

    for (int row = 0; row < static_cast<int>(m_suggestions.size()); ++row) {
        const Suggestion &suggestion = m_suggestions[static_cast<std::size_t>(row)];
        const core::Label *label = m_taxonomy ? m_taxonomy->byId(suggestion.labelId) : nullptr;
        if (!label)
            continue;
        const QRect rect(0, row * height, width(), height);
        const bool chosen = m_chosen.contains(suggestion.labelId);
        if (chosen)
            painter.fillRect(rect, QColor(0xe6, 0xf4, 0xea));
        else if (row == m_hover)
            painter.fillRect(rect, QColor(0xf1, 0xf3, 0xf4));

        const QRect badge(4, rect.top() + (height - kBadge + 4) / 2, kBadge, kBadge - 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(suggestion.fromModel ? QColor(0x1a, 0x73, 0xe8)
                                              : QColor(0x5f, 0x63, 0x68));
        painter.drawRoundedRect(badge, 4, 4);
        painter.setPen(Qt::white);
        painter.setFont(small);
        painter.drawText(badge, Qt::AlignCenter, QString::number(row + 1));

        int right = rect.right() - 6;
        if (suggestion.fromModel && suggestion.confidence) {
            const double confidence = std::clamp(*suggestion.confidence, 0.0, 1.0);
            const QString percent = confidence < 0.005
                                        ? QStringLiteral("<1%")
                                        : QStringLiteral("%1%").arg(qRound(confidence * 100));
            const int percentWidth = smallMetrics.horizontalAdvance(QStringLiteral("100%"));
            painter.setPen(QColor(0x44, 0x4b, 0x55));
            painter.drawText(QRect(right - percentWidth, rect.top(), percentWidth, height),
                             Qt::AlignVCenter | Qt::AlignRight, percent);
            right -= percentWidth + 6;
            const QRect track(right - kBarWidth, rect.center().y() - 3, kBarWidth, 6);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xe3, 0xe6, 0xea));
            painter.drawRoundedRect(track, 3, 3);
            painter.setBrush(QColor(0x1a, 0x73, 0xe8));
            painter.drawRoundedRect(
                QRect(track.left(), track.top(), std::max(3, qRound(kBarWidth * confidence)), 6), 3,
                3);
            right -= kBarWidth + 10;
        } else if (!suggestion.fromModel) {
            const QString recent = tr("recent");
            const int recentWidth = smallMetrics.horizontalAdvance(recent);
            painter.setFont(small);
            painter.setPen(QColor(0x80, 0x86, 0x8b));
            painter.drawText(QRect(right - recentWidth, rect.top(), recentWidth, height),
                             Qt::AlignVCenter | Qt::AlignRight, recent);
            right -= recentWidth + 10;
        }

        int left = badge.right() + 10;
        painter.setFont(font());
        painter.setPen(QColor(0x20, 0x21, 0x24));
        const QString name = (chosen ? QStringLiteral("✓ ") : QString()) + qstr(label->name);
        const QString shownName =
            metrics.elidedText(name, Qt::ElideRight, std::max(0, right - left));
        painter.drawText(QRect(left, rect.top(), right - left, height),
                         Qt::AlignVCenter | Qt::AlignLeft, shownName);
        left += metrics.horizontalAdvance(shownName) + 10;
        const QString parents = parentPathText(*m_taxonomy, label->id);
        if (!parents.isEmpty() && right - left > 30) {
            painter.setFont(small);
            painter.setPen(QColor(0x6b, 0x72, 0x80));
            painter.drawText(QRect(left, rect.top(), right - left, height),
                             Qt::AlignVCenter | Qt::AlignLeft,
                             smallMetrics.elidedText(parents, Qt::ElideLeft, right - left));
        }
    }
}

void SuggestionStrip::mouseMoveEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row != m_hover) {
        m_hover = row;
        setCursor(row >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void SuggestionStrip::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0 && event->button() == Qt::LeftButton)
        emit picked(m_suggestions[static_cast<std::size_t>(row)].labelId);
}

void SuggestionStrip::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

bool SuggestionStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_taxonomy) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        const core::Label *label =
            row >= 0 ? m_taxonomy->byId(m_suggestions[static_cast<std::size_t>(row)].labelId)
                     : nullptr;
        if (label)
            QToolTip::showText(help->globalPos(), qstr(label->path), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace assay::gui
