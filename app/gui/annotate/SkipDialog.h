#pragma once

#include <QDialog>

class QComboBox;

namespace assay::gui {

/// Asks why an item is skipped, offering common reasons and free text.
class SkipDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SkipDialog(QWidget *parent = nullptr);

    /// The reason given (trimmed).
    QString reason() const;

    void accept() override;

private:
    QComboBox *m_reason = nullptr;
};

} // namespace assay::gui
