#include "model/TaskProgress.h"

#include "model/ModelFormat.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <cmath>

namespace assay::gui {

TaskProgress::TaskProgress(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("taskProgress"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    m_what = new QLabel(this);
    m_what->setObjectName(QStringLiteral("taskStatus"));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("taskProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("taskDetail"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("taskCancelButton"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setToolTip(tr("Stop (Esc). Pre-labelling keeps what it has written and continues "
                            "from there next time; training stores nothing."));
    layout->addWidget(m_what, 0, 0, 1, 2);
    layout->addWidget(m_bar, 1, 0);
    layout->addWidget(m_cancel, 1, 1);
    layout->addWidget(m_detail, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    connect(m_cancel, &QPushButton::clicked, this, &TaskProgress::cancelRequested);
    hide();
}

void TaskProgress::start(const QString &what, bool countsItems)
{
    m_countsItems = countsItems;
    m_rate = 0;
    m_what->setText(what);
    m_detail->clear();
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    m_clock.start();
    show();
}

void TaskProgress::setProgress(quint64 done, quint64 total)
{
    if (total == 0)
        return;
    m_bar->setValue(static_cast<int>(std::min<quint64>(1000, done * 1000 / total)));
    const double seconds = static_cast<double>(m_clock.elapsed()) / 1000.0;
    if (!m_countsItems) {
        m_detail->setText(
            ModelFormat::percent(static_cast<double>(done) / static_cast<double>(total)));
        return;
    }
    QString text = tr("%1 of %2 items")
                       .arg(ModelFormat::count(static_cast<std::int64_t>(done)),
                            ModelFormat::count(static_cast<std::int64_t>(total)));
    if (done > 0 && seconds > 0.05) {
        m_rate = static_cast<double>(done) / seconds;
        text = tr("%1 · %2 items/s").arg(text, ModelFormat::count(std::llround(m_rate)));
        if (done < total) {
            const auto left =
                static_cast<std::int64_t>(std::ceil(static_cast<double>(total - done) / m_rate));
            text = tr("%1 · about %2 s left").arg(text, ModelFormat::count(left));
        }
    }
    m_detail->setText(text);
}

void TaskProgress::setCancelling()
{
    m_cancel->setEnabled(false);
    m_detail->setText(tr("Cancelling…"));
}

void TaskProgress::finish()
{
    hide();
}

} // namespace assay::gui
