#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace assay::gui {

/// The progress of the model panel's running work: what runs, a bar, and for work counted in
/// items how many are done, how fast (items/s) and about how long is left; a Cancel button
/// beside it. Hidden while nothing runs.
class TaskProgress : public QWidget
{
    Q_OBJECT

public:
    explicit TaskProgress(QWidget *parent = nullptr);

    /// Shows the row for work described by `what`; `countsItems` says whether progress
    /// comes in items (else in per mille).
    void start(const QString &what, bool countsItems);
    /// Shows `done` of `total`.
    void setProgress(quint64 done, quint64 total);
    /// Says Cancel was pressed and the work is stopping.
    void setCancelling();
    /// Hides the row.
    void finish();

    /// The last figures shown, for the report when the work ends.
    double itemsPerSecond() const { return m_rate; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    /// Cancel was pressed (or Esc while the row shows).
    void cancelRequested();

private:
    QLabel *m_what = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_cancel = nullptr;
    QElapsedTimer m_clock;
    bool m_countsItems = false;
    double m_rate = 0;
};

} // namespace assay::gui
