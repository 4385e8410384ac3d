#pragma once

#include <QWidget>
#include <cstdint>

class QLabel;
class QProgressBar;

namespace assay::gui {

/// The strip above the text: where the user is in their queue, how much of the project is
/// done, and whether the item on screen was already submitted.
class QueueHeader : public QWidget
{
    Q_OBJECT

public:
    explicit QueueHeader(QWidget *parent = nullptr);

    /// Item `position` of `total` in this session's queue.
    void setQueue(std::int64_t position, std::int64_t total, bool revisiting);
    /// `done` of `total` items of the project are decided (accepted, in conflict or gold).
    void setProjectProgress(std::int64_t done, std::int64_t total);
    /// The elapsed time on the item.
    void setElapsed(std::int64_t milliseconds);
    /// Shows `message` instead of a queue position (no item on screen).
    void setEmpty(const QString &message);

private:
    QLabel *m_position = nullptr;
    QLabel *m_revisit = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace assay::gui
