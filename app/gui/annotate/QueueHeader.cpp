#include "annotate/QueueHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace assay::gui {

QueueHeader::QueueHeader(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queueHeader"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(14);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("queuePosition"));
    layout->addWidget(m_position);
    m_revisit = new QLabel(tr("Already submitted: changes make a new version"), this);
    m_revisit->setObjectName(QStringLiteral("revisitBadge"));
    m_revisit->hide();
    layout->addWidget(m_revisit);
    layout->addStretch(1);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("projectProgressText"));
    layout->addWidget(m_progressText);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("projectProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(160);
    m_progress->setFixedHeight(8);
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("elapsedTime"));
    m_elapsed->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("00:00:00")));
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_elapsed);
}

void QueueHeader::setQueue(std::int64_t position, std::int64_t total, bool revisiting)
{
    const QLocale locale;
    m_position->setText(tr("Item <b>%1</b> of %2 in your queue")
                            .arg(locale.toString(static_cast<qlonglong>(position)),
                                 locale.toString(static_cast<qlonglong>(total))));
    m_revisit->setVisible(revisiting);
}

void QueueHeader::setProjectProgress(std::int64_t done, std::int64_t total)
{
    const QLocale locale;
    const double share = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0;
    m_progressText->setText(tr("Project: %1 of %2 decided")
                                .arg(locale.toString(static_cast<qlonglong>(done)),
                                     locale.toString(static_cast<qlonglong>(total))));
    m_progress->setValue(static_cast<int>(share * 1000));
    m_progress->setToolTip(QStringLiteral("%1%").arg(share * 100, 0, 'f', 1));
}

void QueueHeader::setElapsed(std::int64_t milliseconds)
{
    const std::int64_t seconds = milliseconds / 1000;
    m_elapsed->setText(
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_elapsed->setToolTip(tr("Time on this item"));
}

void QueueHeader::setEmpty(const QString &message)
{
    m_position->setText(message);
    m_revisit->hide();
    m_elapsed->clear();
}

} // namespace assay::gui
