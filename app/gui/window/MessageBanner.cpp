#include "window/MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace assay::gui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    layout->addWidget(close);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MessageBanner::dismiss);
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    static const char *const styles[] = {
        "QFrame#messageBanner { background: #e8f0fe; border: 1px solid #c6dafc; border-radius: "
        "6px; }",
        "QFrame#messageBanner { background: #fef7e0; border: 1px solid #f9e3a3; border-radius: "
        "6px; }",
        "QFrame#messageBanner { background: #fce8e6; border: 1px solid #f6c7c2; border-radius: "
        "6px; }",
    };
    setStyleSheet(QString::fromLatin1(styles[static_cast<int>(kind)]));
    m_text->setText(text);
    show();
    if (kind == Kind::Information)
        m_timer->start(6000);
    else
        m_timer->stop();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

void MessageBanner::dismiss()
{
    m_timer->stop();
    hide();
}

} // namespace assay::gui
