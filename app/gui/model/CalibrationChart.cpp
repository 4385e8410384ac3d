#include "model/CalibrationChart.h"

#include "model/ModelFormat.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace assay::gui {
namespace {

constexpr double kBarShare = 0.35; ///< of the plot's height, for the fullest bin
constexpr int kTicks = 5;          ///< steps of 20 % on both axes

QColor gridColor()
{
    return {0xe8, 0xea, 0xed};
}

QColor diagonalColor()
{
    return {0x80, 0x86, 0x8b};
}

QColor textColor()
{
    return {0x5f, 0x63, 0x68};
}

} // namespace

CalibrationChart::CalibrationChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calibrationChart"));
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::NoFocus);
}

QColor CalibrationChart::barColor()
{
    return {0xc6, 0xda, 0xfc};
}

QColor CalibrationChart::lineColor()
{
    return {0x1a, 0x73, 0xe8};
}

void CalibrationChart::setBins(std::vector<core::CalibrationBin> bins, double calibrationError)
{
    m_bins = std::move(bins);
    m_error = calibrationError;
    m_maxCount = 0;
    for (const core::CalibrationBin &bin : m_bins)
        m_maxCount = std::max(m_maxCount, bin.count);
    setAccessibleDescription(
        tr("Calibration error %1").arg(QLocale().toString(calibrationError, 'f', 3)));
    update();
}

QSize CalibrationChart::sizeHint() const
{
    return {460, 320};
}

QSize CalibrationChart::minimumSizeHint() const
{
    return {300, 220};
}

QRectF CalibrationChart::plotRect() const
{
    const QFontMetricsF metrics(font());
    const double tickWidth = metrics.horizontalAdvance(tr("%1 %", "a percentage").arg(100));
    const double left = metrics.height() + 10 + tickWidth + 8;
    const double top = metrics.height() + 18;
    const double bottom = 2 * metrics.height() + 16;
    return QRectF(left, top, std::max(10.0, width() - left - 16),
                  std::max(10.0, height() - top - bottom));
}

QPointF CalibrationChart::toScreen(double confidence, double accuracy) const
{
    const QRectF plot = plotRect();
    return {plot.left() + std::clamp(confidence, 0.0, 1.0) * plot.width(),
            plot.bottom() - std::clamp(accuracy, 0.0, 1.0) * plot.height()};
}

QRectF CalibrationChart::countBar(int bin) const
{
    if (bin < 0 || bin >= static_cast<int>(m_bins.size()) || m_maxCount == 0)
        return {};
    const core::CalibrationBin &b = m_bins[static_cast<std::size_t>(bin)];
    if (b.count == 0)
        return {};
    const QRectF plot = plotRect();
    const double height =
        kBarShare * plot.height() * static_cast<double>(b.count) / static_cast<double>(m_maxCount);
    const QPointF from = toScreen(b.from, 0);
    const QPointF to = toScreen(b.to, 0);
    return QRectF(from.x() + 2, plot.bottom() - height, to.x() - from.x() - 4, height);
}

QPointF CalibrationChart::accuracyPoint(int bin) const
{
    if (bin < 0 || bin >= static_cast<int>(m_bins.size()))
        return {};
    const core::CalibrationBin &b = m_bins[static_cast<std::size_t>(bin)];
    return toScreen(b.confidence, b.accuracy);
}

int CalibrationChart::binAt(const QPointF &point) const
{
    const QRectF plot = plotRect();
    if (!plot.contains(point))
        return -1;
    const double confidence = (point.x() - plot.left()) / plot.width();
    for (std::size_t i = 0; i < m_bins.size(); ++i)
        if (confidence >= m_bins[i].from && confidence <= m_bins[i].to)
            return static_cast<int>(i);
    return -1;
}

void CalibrationChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect();
    drawAxes(painter, plot);
    if (m_bins.empty() || m_maxCount == 0) {
        painter.setPen(textColor());
        painter.drawText(plot, Qt::AlignCenter, tr("Not evaluated"));
        return;
    }

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    for (int i = 0; i < static_cast<int>(m_bins.size()); ++i) {
        const QRectF bar = countBar(i);
        if (bar.isEmpty())
            continue;
        painter.fillRect(bar, barColor());
        painter.setPen(textColor());
        const QRectF above(bar.left() - 8, bar.top() - QFontMetricsF(small).height() - 1,
                           bar.width() + 16, QFontMetricsF(small).height());
        painter.drawText(above, Qt::AlignHCenter | Qt::AlignBottom,
                         ModelFormat::count(m_bins[static_cast<std::size_t>(i)].count));
    }
    painter.setFont(font());

    QPen diagonal(diagonalColor(), 1.2, Qt::DashLine);
    painter.setPen(diagonal);
    painter.drawLine(toScreen(0, 0), toScreen(1, 1));

    QPainterPath line;
    bool first = true;
    for (int i = 0; i < static_cast<int>(m_bins.size()); ++i) {
        if (m_bins[static_cast<std::size_t>(i)].count == 0)
            continue;
        if (first)
            line.moveTo(accuracyPoint(i));
        else
            line.lineTo(accuracyPoint(i));
        first = false;
    }
    painter.setPen(QPen(lineColor(), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(line);
    painter.setBrush(lineColor());
    for (int i = 0; i < static_cast<int>(m_bins.size()); ++i)
        if (m_bins[static_cast<std::size_t>(i)].count > 0)
            painter.drawEllipse(accuracyPoint(i), 4, 4);
    drawLegend(painter);
}

void CalibrationChart::drawAxes(QPainter &painter, const QRectF &plot) const
{
    const QFontMetricsF metrics(font());
    painter.setPen(gridColor());
    for (int i = 0; i <= kTicks; ++i) {
        const double share = static_cast<double>(i) / kTicks;
        const QPointF x = toScreen(share, 0);
        const QPointF y = toScreen(0, share);
        painter.drawLine(QPointF(x.x(), plot.top()), QPointF(x.x(), plot.bottom()));
        painter.drawLine(QPointF(plot.left(), y.y()), QPointF(plot.right(), y.y()));
    }
    painter.setPen(textColor());
    painter.drawRect(plot);
    for (int i = 0; i <= kTicks; ++i) {
        const double share = static_cast<double>(i) / kTicks;
        const QString text = tr("%1 %", "a percentage").arg(i * 100 / kTicks);
        const QPointF x = toScreen(share, 0);
        const QPointF y = toScreen(0, share);
        painter.drawText(QRectF(x.x() - 40, plot.bottom() + 4, 80, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, text);
        painter.drawText(QRectF(0, y.y() - metrics.height() / 2, plot.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + metrics.height() + 8, plot.width(), metrics.height()),
        Qt::AlignHCenter | Qt::AlignTop, tr("Confidence of the top label"));
    painter.save();
    painter.translate(2, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
                     Qt::AlignHCenter | Qt::AlignTop, tr("Observed accuracy"));
    painter.restore();
}

void CalibrationChart::drawLegend(QPainter &painter) const
{
    const QFontMetricsF metrics(font());
    const QRectF plot = plotRect();
    double x = plot.left();
    const double y = 4;
    const double h = metrics.height();
    auto caption = [&](const QString &text) {
        painter.setPen(textColor());
        painter.drawText(QRectF(x, y, metrics.horizontalAdvance(text) + 2, h),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += metrics.horizontalAdvance(text) + 16;
    };
    painter.setPen(QPen(lineColor(), 2));
    painter.drawLine(QPointF(x, y + h / 2), QPointF(x + 18, y + h / 2));
    painter.setBrush(lineColor());
    painter.drawEllipse(QPointF(x + 9, y + h / 2), 3, 3);
    x += 24;
    caption(tr("Model"));
    painter.setPen(QPen(diagonalColor(), 1.2, Qt::DashLine));
    painter.drawLine(QPointF(x, y + h / 2), QPointF(x + 18, y + h / 2));
    x += 24;
    caption(tr("Perfectly calibrated"));
    painter.fillRect(QRectF(x, y + 2, 12, h - 4), barColor());
    x += 18;
    caption(tr("Items per bin"));
}

bool CalibrationChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int bin = binAt(help->pos());
        if (bin < 0 || m_bins[static_cast<std::size_t>(bin)].count == 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const core::CalibrationBin &b = m_bins[static_cast<std::size_t>(bin)];
        const QLocale locale;
        QToolTip::showText(help->globalPos(),
                           tr("Confidence %1–%2: %n item(s), on average %3 sure, right %4 of "
                              "the time",
                              nullptr, static_cast<int>(b.count))
                               .arg(locale.toString(b.from, 'f', 1), locale.toString(b.to, 'f', 1),
                                    ModelFormat::percent(b.confidence),
                                    ModelFormat::percent(b.accuracy)),
                           this);
        return true;
    }
    if (event->type() == QEvent::LanguageChange)
        update();
    return QWidget::event(event);
}

} // namespace assay::gui
