#include "model/EvaluationView.h"

#include "model/CalibrationChart.h"
#include "model/LabelScoreModel.h"
#include "model/ModelFormat.h"
#include "schema/Taxonomy.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace assay::gui {
namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionCaption"));
    return label;
}

void setupTable(QTableView *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

} // namespace

EvaluationView::EvaluationView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evaluationView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("evaluationTitle"));
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("hintText"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("evaluationMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_stack->addWidget(m_message);
    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 4, 0, 0);
    contentLayout->addWidget(buildFigures());
    contentLayout->addWidget(buildMiddle(), 3);
    contentLayout->addWidget(buildTables(), 2);
    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);
    showMessage(tr("Choose a model version to see how it did."));
}

EvaluationView::~EvaluationView() = default;

QWidget *EvaluationView::buildFigures()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_accuracy = addFigure(layout, tr("Accuracy"), tr("Held-out items whose top label is right"),
                           QStringLiteral("accuracyValue"));
    m_top3 = addFigure(layout, tr("Top-3 accuracy"),
                       tr("Held-out items with the right label among the top three"),
                       QStringLiteral("top3Value"));
    m_macroF1 = addFigure(layout, tr("Macro-F1"),
                          tr("F1 averaged over the labels, each label counting the same"),
                          QStringLiteral("macroF1Value"));
    m_calibration = addFigure(
        layout, tr("Calibration error"),
        tr("How far the model's confidence is from how often it is right, averaged over the "
           "items (0 is perfect)"),
        QStringLiteral("calibrationErrorValue"));
    return row;
}

QLabel *EvaluationView::addFigure(QLayout *row, const QString &text, const QString &tip,
                                  const QString &objectName)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("figureTile"));
    tile->setToolTip(tip);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto *value = new QLabel(tile);
    value->setObjectName(objectName);
    value->setProperty("figure", true);
    layout->addWidget(caption(text, tile));
    layout->addWidget(value);
    row->addWidget(tile);
    return value;
}

QWidget *EvaluationView::buildMiddle()
{
    auto *middle = new QWidget(this);
    auto *layout = new QHBoxLayout(middle);
    layout->setContentsMargins(0, 6, 0, 0);
    auto *left = new QVBoxLayout;
    left->addWidget(caption(tr("Calibration: is the model as sure as it is right?"), middle));
    m_chart = new CalibrationChart(middle);
    left->addWidget(m_chart, 1);
    layout->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    right->addWidget(caption(tr("Coverage at precision"), middle));
    m_coverage = new QTableWidget(0, 3, middle);
    m_coverage->setObjectName(QStringLiteral("coverageTable"));
    setupTable(m_coverage);
    m_coverage->setHorizontalHeaderLabels({tr("Precision"), tr("Threshold"), tr("Covered")});
    m_coverage->horizontalHeaderItem(1)->setToolTip(
        tr("The lowest confidence whose labels reach the precision"));
    m_coverage->horizontalHeaderItem(2)->setToolTip(
        tr("The share of held-out items labelled with at least that confidence"));
    m_coverage->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_coverage->setSelectionMode(QAbstractItemView::NoSelection);
    m_coverage->setToolTip(tr("Labels given with at least this confidence are right this often: "
                              "that share of the items could be accepted without a person."));
    right->addWidget(m_coverage);
    m_levels = new QLabel(middle);
    m_levels->setObjectName(QStringLiteral("levelAccuracy"));
    m_levels->setWordWrap(true);
    m_levels->setTextFormat(Qt::RichText);
    right->addWidget(m_levels);
    right->addStretch(1);
    layout->addLayout(right, 2);
    return middle;
}

QWidget *EvaluationView::buildTables()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("evaluationTabs"));
    m_labels = new LabelScoreModel(this);
    m_sortedLabels = new QSortFilterProxyModel(this);
    m_sortedLabels->setSourceModel(m_labels);
    m_sortedLabels->setSortRole(LabelScoreModel::SortRole);
    m_labelTable = new QTableView(m_tabs);
    m_labelTable->setObjectName(QStringLiteral("labelScoreTable"));
    setupTable(m_labelTable);
    m_labelTable->setModel(m_sortedLabels);
    m_labelTable->setSortingEnabled(true);
    m_labelTable->sortByColumn(LabelScoreModel::SupportColumn, Qt::DescendingOrder);
    QHeaderView *header = m_labelTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LabelScoreModel::PathColumn, QHeaderView::Stretch);
    m_tabs->addTab(m_labelTable, QString());

    m_confusions = new QTableWidget(0, 3, m_tabs);
    m_confusions->setObjectName(QStringLiteral("confusionTable"));
    setupTable(m_confusions);
    m_confusions->setHorizontalHeaderLabels({tr("Right label"), tr("Model's label"), tr("Items")});
    m_confusions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_confusions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_confusions->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_confusions, QString());
    return m_tabs;
}

void EvaluationView::showMessage(const QString &message)
{
    m_shown = false;
    m_evaluation = {};
    m_title->clear();
    m_subtitle->clear();
    m_title->setVisible(false);
    m_subtitle->setVisible(false);
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_chart->setBins({}, 0);
    m_labels->setScores({}, nullptr);
}

void EvaluationView::showModel(const core::ModelInfo &model, const QString &fieldName,
                               std::shared_ptr<const core::Taxonomy> taxonomy)
{
    auto evaluation = core::Evaluation::fromJson(model.evaluation);
    if (!evaluation || evaluation->testSize == 0) {
        showMessage(!evaluation ? tr("The evaluation stored with this version cannot be read.")
                                : tr("This version was not evaluated: there were too few labelled "
                                     "items to hold some out, or the hold-out share was 0."));
        m_title->setText(tr("%1 %2").arg(fieldName, ModelFormat::version(model.version)));
        m_title->setVisible(true);
        return;
    }
    m_evaluation = std::move(evaluation).value();
    m_shown = true;
    const core::Evaluation &e = m_evaluation;
    m_title->setText(tr("%1 %2").arg(fieldName, ModelFormat::version(model.version)));
    m_subtitle->setText(tr("Trained %1 on %2 items; evaluated on %3 items it did not see.")
                            .arg(ModelFormat::dateTime(model.createdAt),
                                 ModelFormat::count(model.trainSize),
                                 ModelFormat::count(e.testSize)));
    m_title->setVisible(true);
    m_subtitle->setVisible(true);
    fillFigures(e);
    m_chart->setBins(e.calibration, e.calibrationError);
    fillCoverage(e);
    m_labels->setScores(e.labels, taxonomy);
    // A flat list of labels has nothing to show under "Under": the names take its room.
    bool nested = false;
    for (const core::LabelScore &score : e.labels)
        nested = nested || !ModelFormat::labelParents(taxonomy.get(), score.label).isEmpty();
    QHeaderView *header = m_labelTable->horizontalHeader();
    m_labelTable->setColumnHidden(LabelScoreModel::PathColumn, !nested);
    header->setSectionResizeMode(LabelScoreModel::NameColumn,
                                 nested ? QHeaderView::Interactive : QHeaderView::Stretch);
    if (nested)
        m_labelTable->resizeColumnToContents(LabelScoreModel::NameColumn);
    fillConfusions(e, taxonomy.get());
    m_tabs->setTabText(0, tr("Labels (%1)").arg(e.labels.size()));
    m_tabs->setTabText(1, tr("Confusions (%1)").arg(e.confusions.size()));
    m_stack->setCurrentIndex(1);
}

void EvaluationView::fillFigures(const core::Evaluation &e)
{
    m_accuracy->setText(ModelFormat::percent(e.accuracy));
    m_top3->setText(ModelFormat::percent(e.top3Accuracy));
    m_macroF1->setText(ModelFormat::percent(e.macroF1));
    m_calibration->setText(QLocale().toString(e.calibrationError, 'f', 3));
    QStringList levels;
    for (const core::LevelAccuracy &level : e.levels)
        if (level.count > 0)
            levels << tr("level %1: <b>%2</b>")
                          .arg(level.depth)
                          .arg(ModelFormat::percent(level.accuracy));
    m_levels->setText(levels.isEmpty()
                          ? QString()
                          : tr("Accuracy by level of the taxonomy (is the top label under the "
                               "right parent?): %1")
                                .arg(levels.join(tr(", "))));
    m_levels->setVisible(!levels.isEmpty());
}

void EvaluationView::fillCoverage(const core::Evaluation &e)
{
    m_coverage->setRowCount(static_cast<int>(e.coverage.size()));
    const QLocale locale;
    for (int row = 0; row < static_cast<int>(e.coverage.size()); ++row) {
        const core::CoverageAtPrecision &point = e.coverage[static_cast<std::size_t>(row)];
        m_coverage->setItem(row, 0, cell(ModelFormat::percent(point.target)));
        if (point.reached) {
            // Thresholds close to 1 keep a fourth decimal: 0.9996 is not 1.000.
            m_coverage->setItem(
                row, 1,
                cell(locale.toString(point.threshold, 'f', point.threshold >= 0.995 ? 4 : 3)));
            auto *covered = cell(ModelFormat::percent(point.coverage));
            covered->setToolTip(
                tr("%1 items; right %2 of the time")
                    .arg(ModelFormat::count(point.covered), ModelFormat::percent(point.precision)));
            m_coverage->setItem(row, 2, covered);
        } else {
            auto *never = cell(tr("not reached"));
            never->setForeground(QColor(0x80, 0x86, 0x8b));
            m_coverage->setItem(row, 1, never);
            m_coverage->setItem(row, 2, cell(QStringLiteral("—")));
        }
    }
    m_coverage->resizeRowsToContents();
    int height = m_coverage->horizontalHeader()->height() + 2 * m_coverage->frameWidth();
    for (int row = 0; row < m_coverage->rowCount(); ++row)
        height += m_coverage->rowHeight(row);
    m_coverage->setFixedHeight(height);
}

void EvaluationView::fillConfusions(const core::Evaluation &e, const core::Taxonomy *taxonomy)
{
    m_confusions->setRowCount(static_cast<int>(e.confusions.size()));
    for (int row = 0; row < static_cast<int>(e.confusions.size()); ++row) {
        const core::ConfusionPair &pair = e.confusions[static_cast<std::size_t>(row)];
        int column = 0;
        for (const std::string *path : {&pair.truth, &pair.predicted}) {
            const QString parents = ModelFormat::labelParents(taxonomy, *path);
            QString text = ModelFormat::labelName(taxonomy, *path);
            if (!parents.isEmpty())
                text = tr("%1  (%2)", "a label and where it sits").arg(text, parents);
            auto *item = cell(text);
            item->setToolTip(ModelFormat::labelPath(*path));
            m_confusions->setItem(row, column++, item);
        }
        m_confusions->setItem(row, 2, cell(ModelFormat::count(pair.count), Qt::AlignRight));
    }
}

} // namespace assay::gui
