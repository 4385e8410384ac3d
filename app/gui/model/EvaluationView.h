#pragma once

#include "model/Evaluation.h"
#include "model/ModelStore.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLayout;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace assay::core {
class Taxonomy;
}

namespace assay::gui {

class CalibrationChart;
class LabelScoreModel;

/// How one model version did on the items held out when it was trained: accuracy, top-3,
/// macro-F1 and calibration error at the top; the calibration chart next to coverage at
/// precision and accuracy by taxonomy level; then every label's precision, recall, F1 and
/// support (sortable), and the most frequent confusions.
class EvaluationView : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationView(QWidget *parent = nullptr);
    ~EvaluationView() override;

    /// Shows the evaluation stored with `model`, a version of the field `fieldName`, naming
    /// labels from `taxonomy` (the field's labels as they are now).
    void showModel(const core::ModelInfo &model, const QString &fieldName,
                   std::shared_ptr<const core::Taxonomy> taxonomy);
    /// Shows no evaluation, and `message` in its place.
    void showMessage(const QString &message);

    /// Whether an evaluation is on show, and which.
    bool hasEvaluation() const { return m_shown; }
    const core::Evaluation &evaluation() const { return m_evaluation; }
    /// Parts that tests and the screenshots look at.
    CalibrationChart *chart() const { return m_chart; }
    QTableView *labelTable() const { return m_labelTable; }
    LabelScoreModel *labelModel() const { return m_labels; }
    QTableWidget *confusionTable() const { return m_confusions; }
    QTableWidget *coverageTable() const { return m_coverage; }

private:
    QWidget *buildFigures();
    QWidget *buildMiddle();
    QWidget *buildTables();
    QLabel *addFigure(QLayout *row, const QString &caption, const QString &tip,
                      const QString &objectName);
    void fillFigures(const core::Evaluation &e);
    void fillCoverage(const core::Evaluation &e);
    void fillConfusions(const core::Evaluation &e, const core::Taxonomy *taxonomy);

    core::Evaluation m_evaluation;
    bool m_shown = false;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_accuracy = nullptr;
    QLabel *m_top3 = nullptr;
    QLabel *m_macroF1 = nullptr;
    QLabel *m_calibration = nullptr;
    QLabel *m_levels = nullptr;
    CalibrationChart *m_chart = nullptr;
    QTableWidget *m_coverage = nullptr;
    QTabWidget *m_tabs = nullptr;
    LabelScoreModel *m_labels = nullptr;
    QSortFilterProxyModel *m_sortedLabels = nullptr;
    QTableView *m_labelTable = nullptr;
    QTableWidget *m_confusions = nullptr;
};

} // namespace assay::gui
