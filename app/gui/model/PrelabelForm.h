#pragma once

#include "model/ModelVersionModel.h"
#include "model/Prelabeler.h"

#include <QWidget>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace assay::gui {

/// The settings of a pre-labelling run: which model version labels, how many labels each
/// item keeps, and how the item's uncertainty is measured for the least-certain-first
/// queue. It says how many items the chosen version has still to label.
class PrelabelForm : public QWidget
{
    Q_OBJECT

public:
    /// Items per progress report (and per transaction at most).
    static constexpr int kBatchSize = 512;

    explicit PrelabelForm(QWidget *parent = nullptr);

    /// Offers the trained ones of `versions`, choosing the one that pre-labels (or, when it
    /// is still there, the one chosen before); `itemCount` is the project's number of items.
    void setVersions(const std::vector<ModelVersion> &versions, std::int64_t itemCount);
    /// The chosen version (none when the field has no trained model).
    std::optional<int> version() const;
    /// Chooses version `version` if it is offered.
    void setVersion(int version);
    /// The pre-labelling options as the form sets them (no progress callback, no user).
    core::PrelabelOptions options() const;
    QPushButton *prelabelButton() const { return m_prelabel; }

signals:
    /// The Pre-label button was pressed.
    void prelabelRequested();

private:
    void updateInfo();

    std::vector<ModelVersion> m_versions;
    std::int64_t m_itemCount = 0;
    std::int64_t m_topKModel = 0;
    QComboBox *m_version = nullptr;
    QSpinBox *m_topK = nullptr;
    QComboBox *m_measure = nullptr;
    QLabel *m_info = nullptr;
    QPushButton *m_prelabel = nullptr;
};

} // namespace assay::gui
