#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace assay::gui {

/// A calm inline message above a view: what just happened, or why something was refused
/// and what to do instead. Information fades after a while; warnings stay until dismissed
/// or replaced.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows `text`, replacing what was shown.
    void showMessage(const QString &text, Kind kind = Kind::Information);
    /// The message on show, or empty when none is.
    QString text() const;
    /// Hides the message.
    void dismiss();

private:
    QLabel *m_text = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace assay::gui
