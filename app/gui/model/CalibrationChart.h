#pragma once

#include "model/Evaluation.h"

#include <QWidget>
#include <vector>

namespace assay::gui {

/// A reliability diagram drawn with QPainter: for each confidence bin, how often the
/// model's top label was right (points joined by a line) against the diagonal of a model
/// whose confidence could be taken at its word, with the number of items in each bin as
/// bars along the bottom. Hovering a bin tells its figures.
class CalibrationChart : public QWidget
{
    Q_OBJECT

public:
    explicit CalibrationChart(QWidget *parent = nullptr);

    /// Shows `bins` (from Evaluation::calibration) and the expected calibration error;
    /// no bins shows that there is nothing to draw.
    void setBins(std::vector<core::CalibrationBin> bins, double calibrationError);
    const std::vector<core::CalibrationBin> &bins() const { return m_bins; }
    double calibrationError() const { return m_error; }

    /// Where the plot area lies in the widget.
    QRectF plotRect() const;
    /// Where bin `bin`'s count bar is drawn (empty for a bin without items).
    QRectF countBar(int bin) const;
    /// Where bin `bin`'s accuracy point is drawn: x at its mean confidence, y at its accuracy.
    QPointF accuracyPoint(int bin) const;
    /// The bin under `point`, or -1.
    int binAt(const QPointF &point) const;

    /// Colours of the parts, for tests that look at the pixels.
    static QColor barColor();
    static QColor lineColor();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QPointF toScreen(double confidence, double accuracy) const;
    void drawAxes(QPainter &painter, const QRectF &plot) const;
    void drawLegend(QPainter &painter) const;

    std::vector<core::CalibrationBin> m_bins;
    double m_error = 0;
    std::int64_t m_maxCount = 0;
};

} // namespace assay::gui
