#pragma once

#include "model/ModelTrainer.h"

#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace assay::gui {

/// The settings of a training: an optional file of outside labelled data (JSONL, CSV or
/// TSV), the share held out for evaluation, and folded away under "Advanced", epochs,
/// learning rate, seed and threads (each left to the model's own choice unless set).
class TrainForm : public QWidget
{
    Q_OBJECT

public:
    explicit TrainForm(QWidget *parent = nullptr);

    /// The training options as the form sets them (no progress callback, no user).
    core::TrainOptions options() const;
    /// What is wrong with the settings, or empty when training can start.
    QString problem() const;
    /// Folds the advanced settings out or away.
    void setAdvancedVisible(bool visible);
    QPushButton *trainButton() const { return m_train; }

signals:
    /// The Train button was pressed.
    void trainRequested();

private:
    void browse();
    void updateFileRow();

    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_textMember = nullptr;
    QLineEdit *m_labelMember = nullptr;
    QWidget *m_members = nullptr;
    QSpinBox *m_holdout = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QWidget *m_advanced = nullptr;
    QSpinBox *m_epochs = nullptr;
    QDoubleSpinBox *m_learningRate = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_threads = nullptr;
    QPushButton *m_train = nullptr;
};

} // namespace assay::gui
