// The model page's versions, training and evaluation, driven as a person would: buttons
// clicked, fields filled, and the project file checked afterwards.
#include "ModelPanelFixture.h"
#include "model/CalibrationChart.h"
#include "model/EvaluationView.h"
#include "model/LabelScoreModel.h"
#include "model/ModelJob.h"
#include "model/ModelVersionModel.h"
#include "model/ModelView.h"
#include "model/PrelabelForm.h"
#include "model/TaskProgress.h"
#include "model/TrainForm.h"
#include "window/MainWindow.h"
#include "window/MessageBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace assay;

TEST(ModelView, TrainsFromThePanelAndListsTheNewVersion)
{
    test::ModelPanelFixture fixture(400, 200);
    gui::ModelView &view = fixture.view();
    // Ctrl+1 goes to the annotate view, Ctrl+3 back here with the keyboard on the versions.
    test::pressKey(Qt::Key_1, Qt::ControlModifier);
    EXPECT_FALSE(view.isVisible());
    test::pressKey(Qt::Key_3, Qt::ControlModifier);
    ASSERT_TRUE(view.isVisible());
    EXPECT_EQ(test::focusName(), QStringLiteral("modelVersionTable"));
    EXPECT_TRUE(view.canChange());
    EXPECT_EQ(view.fieldCombo()->currentText(), QStringLiteral("topic"));
    EXPECT_EQ(view.versionModel()->rowCount(), 0);
    EXPECT_FALSE(view.prelabelForm()->prelabelButton()->isEnabled());

    ASSERT_TRUE(fixture.trainFromPanel());
    ASSERT_EQ(view.versionModel()->rowCount(), 1);
    const gui::ModelVersion &version = view.versionModel()->at(0);
    EXPECT_EQ(version.info.version, 1);
    EXPECT_TRUE(version.trained);
    EXPECT_TRUE(version.current);
    ASSERT_TRUE(version.accuracy.has_value());
    EXPECT_GT(*version.accuracy, 0.6);
    EXPECT_EQ(version.testSize, 40); // 20 % of the 200 accepted items
    // The row as the list shows it: its accuracy and training-set size.
    const QString accuracy =
        view.versionModel()
            ->data(view.versionModel()->index(0, gui::ModelVersionModel::AccuracyColumn))
            .toString();
    EXPECT_TRUE(accuracy.contains(QLatin1Char('%'))) << accuracy.toStdString();
    const QString trainSize =
        view.versionModel()
            ->data(view.versionModel()->index(0, gui::ModelVersionModel::TrainSizeColumn))
            .toString();
    EXPECT_EQ(trainSize, QStringLiteral("160"));
    EXPECT_EQ(fixture.queryInt("SELECT count(*) FROM models WHERE kind = 'fasttext'"), 1);
    EXPECT_TRUE(view.banner()->text().contains(QStringLiteral("v1")))
        << view.banner()->text().toStdString();

    // Its evaluation is shown: figures, a sortable label table with names and paths.
    gui::EvaluationView *evaluation = view.evaluationView();
    ASSERT_TRUE(evaluation->hasEvaluation());
    EXPECT_EQ(evaluation->evaluation().testSize, 40);
    EXPECT_EQ(evaluation->labelModel()->rowCount(), 4);
    // Coverage at 90, 95 and 99 % precision; accuracy by level of the two-level taxonomy;
    // the confusions as the evaluation has them.
    ASSERT_EQ(evaluation->coverageTable()->rowCount(), 3);
    EXPECT_EQ(evaluation->coverageTable()->item(0, 0)->text(), QStringLiteral("90.0 %"));
    EXPECT_EQ(evaluation->coverageTable()->item(2, 0)->text(), QStringLiteral("99.0 %"));
    auto *levels = evaluation->findChild<QLabel *>(QStringLiteral("levelAccuracy"));
    ASSERT_NE(levels, nullptr);
    EXPECT_TRUE(levels->isVisible());
    EXPECT_TRUE(levels->text().contains(QStringLiteral("level 1")) &&
                levels->text().contains(QStringLiteral("level 2")))
        << levels->text().toStdString();
    EXPECT_EQ(evaluation->confusionTable()->rowCount(),
              static_cast<int>(evaluation->evaluation().confusions.size()));
    auto *accuracyFigure = evaluation->findChild<QLabel *>(QStringLiteral("accuracyValue"));
    EXPECT_EQ(accuracyFigure->text(), accuracy);
    QTableView *labels = evaluation->labelTable();
    labels->sortByColumn(gui::LabelScoreModel::SupportColumn, Qt::AscendingOrder);
    const auto supportAt = [&](int row) {
        return labels->model()
            ->index(row, gui::LabelScoreModel::SupportColumn)
            .data(gui::LabelScoreModel::SortRole)
            .toLongLong();
    };
    for (int row = 1; row < labels->model()->rowCount(); ++row)
        EXPECT_LE(supportAt(row - 1), supportAt(row));
    const QString name =
        labels->model()->index(0, gui::LabelScoreModel::NameColumn).data().toString();
    const QString parents =
        labels->model()->index(0, gui::LabelScoreModel::PathColumn).data().toString();
    EXPECT_TRUE(name == QStringLiteral("足球") || name == QStringLiteral("篮球") ||
                name == QStringLiteral("股票") || name == QStringLiteral("房产"))
        << name.toStdString();
    EXPECT_TRUE(parents == QStringLiteral("体育") || parents == QStringLiteral("经济"))
        << parents.toStdString();
}

TEST(ModelView, TrainingOnASingleLabelSaysWhyAndChangesNothing)
{
    std::vector<test::LabelledRow> rows = test::makeLabelledRows(40, 3);
    for (test::LabelledRow &row : rows)
        row.label = test::fixtureLabels().front();
    test::ModelPanelFixture fixture(rows, 40);
    const std::int64_t annotationsBefore = fixture.queryInt("SELECT count(*) FROM annotations");
    const std::int64_t auditBefore = fixture.queryInt("SELECT count(*) FROM audit_log");
    ASSERT_TRUE(fixture.trainFromPanel());
    gui::ModelView &view = fixture.view();
    const QString message = view.banner()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Too few labels"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("1 different label"))) << message.toStdString();
    EXPECT_EQ(view.versionModel()->rowCount(), 0);
    EXPECT_EQ(fixture.queryInt("SELECT count(*) FROM models"), 0);
    EXPECT_EQ(fixture.queryInt("SELECT count(*) FROM annotations"), annotationsBefore);
    EXPECT_EQ(fixture.queryInt("SELECT count(*) FROM audit_log"), auditBefore);
    EXPECT_TRUE(view.trainForm()->isEnabled()); // ready for another try
}

TEST(ModelView, ACancelledTrainingStoresNothing)
{
    test::ModelPanelFixture fixture(400, 200);
    gui::ModelView &view = fixture.view();
    {
        test::HeldWork hold;
        QTest::mouseClick(view.trainForm()->trainButton(), Qt::LeftButton);
        ASSERT_TRUE(view.isBusy());
        ASSERT_TRUE(hold.waitHeld());
        QTest::mouseClick(view.progress()->cancelButton(), Qt::LeftButton);
        hold.release = true;
        ASSERT_TRUE(fixture.waitIdle());
    }
    EXPECT_TRUE(view.banner()->text().contains(QStringLiteral("cancelled")))
        << view.banner()->text().toStdString();
    EXPECT_EQ(view.versionModel()->rowCount(), 0);
    EXPECT_EQ(fixture.queryInt("SELECT count(*) FROM models"), 0);
    // It trains when asked again.
    ASSERT_TRUE(fixture.trainFromPanel());
    EXPECT_EQ(view.versionModel()->rowCount(), 1);
}

TEST(ModelView, TrainsOnAFileOfLabelledDataAndNamesTheLineOfABadOne)
{
    test::ModelPanelFixture fixture(50, 0); // nothing labelled in the project itself
    gui::ModelView &view = fixture.view();
    test::TempDir files;
    const std::string good =
        test::writeLabelledJsonl(files, "labelled.jsonl", test::makeLabelledRows(120, 5));
    std::vector<test::LabelledRow> badRows = test::makeLabelledRows(5, 6);
    badRows[2].label = "体育/围棋"; // not a label of the field
    const std::string bad = test::writeLabelledJsonl(files, "bad.jsonl", badRows);
    auto *file = view.trainForm()->findChild<QLineEdit *>(QStringLiteral("trainDataEdit"));
    ASSERT_NE(file, nullptr);

    file->setText(QString::fromStdString(bad));
    ASSERT_TRUE(fixture.trainFromPanel());
    const QString message = view.banner()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("bad.jsonl:3:"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("围棋"))) << message.toStdString();
    EXPECT_EQ(fixture.queryInt("SELECT count(*) FROM models"), 0);

    file->setText(QString::fromStdString(good));
    ASSERT_TRUE(fixture.trainFromPanel());
    ASSERT_EQ(view.versionModel()->rowCount(), 1);
    EXPECT_EQ(view.job()->trainReport().fromFiles, 120);
    EXPECT_EQ(view.job()->trainReport().testSize, 24);
    EXPECT_TRUE(view.versionModel()->at(0).accuracy.has_value());

    // CSV with a header row works the same way.
    std::string csv = "text,label\n";
    for (const test::LabelledRow &row : test::makeLabelledRows(80, 9))
        csv += row.text + "," + row.label + "\n";
    file->setText(QString::fromStdString(files.write("labelled.csv", csv)));
    ASSERT_TRUE(fixture.trainFromPanel());
    ASSERT_EQ(view.versionModel()->rowCount(), 2);
    EXPECT_EQ(view.job()->trainReport().fromFiles, 80);

    // A file that is not there is refused before any work starts.
    file->setText(QString::fromStdString(files.file("missing.jsonl")));
    QTest::mouseClick(view.trainForm()->trainButton(), Qt::LeftButton);
    EXPECT_FALSE(view.isBusy());
    EXPECT_TRUE(view.banner()->text().contains(QStringLiteral("missing.jsonl")))
        << view.banner()->text().toStdString();
}

TEST(ModelView, TheCalibrationChartDrawsItsBins)
{
    test::ModelPanelFixture fixture(400, 200);
    ASSERT_TRUE(fixture.trainFromPanel());
    gui::CalibrationChart *chart = fixture.view().evaluationView()->chart();
    ASSERT_TRUE(chart->isVisible());
    const std::vector<core::CalibrationBin> &bins = chart->bins();
    ASSERT_FALSE(bins.empty());
    std::int64_t counted = 0;
    for (const core::CalibrationBin &bin : bins)
        counted += bin.count;
    EXPECT_EQ(counted, 40);
    EXPECT_DOUBLE_EQ(chart->calibrationError(),
                     fixture.view().evaluationView()->evaluation().calibrationError);

    const QImage image = chart->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    int drawnBars = 0;
    for (int bin = 0; bin < static_cast<int>(bins.size()); ++bin) {
        const QRectF bar = chart->countBar(bin);
        if (bins[static_cast<std::size_t>(bin)].count == 0) {
            EXPECT_TRUE(bar.isEmpty());
            continue;
        }
        ASSERT_FALSE(bar.isEmpty());
        // Most of the bar's pixels have the bar colour (lines may cross it).
        const QRect pixels = QRectF(bar.topLeft() * ratio, bar.bottomRight() * ratio)
                                 .toAlignedRect()
                                 .adjusted(1, 1, -1, -1);
        const QColor expected = gui::CalibrationChart::barColor();
        int matching = 0;
        int all = 0;
        for (int y = pixels.top(); y <= pixels.bottom(); ++y)
            for (int x = pixels.left(); x <= pixels.right(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                ++all;
                if (std::abs(pixel.red() - expected.red()) +
                        std::abs(pixel.green() - expected.green()) +
                        std::abs(pixel.blue() - expected.blue()) <=
                    12)
                    ++matching;
            }
        EXPECT_GT(matching * 2, all) << "bin " << bin;
        ++drawnBars;
        // A bin's accuracy point lies inside the plot, higher for a more accurate bin.
        EXPECT_TRUE(chart->plotRect().adjusted(-1, -1, 1, 1).contains(chart->accuracyPoint(bin)));
        EXPECT_EQ(chart->binAt(bar.center()), bin);
    }
    EXPECT_GT(drawnBars, 0);
}

TEST(ModelView, AnnotatorsMayLookButNotTrain)
{
    test::ModelPanelFixture fixture(60, 40, false);
    gui::ModelView &view = fixture.view();
    EXPECT_FALSE(view.canChange());
    EXPECT_FALSE(view.trainForm()->isEnabled());
    EXPECT_FALSE(view.prelabelForm()->isEnabled());
    view.train();
    EXPECT_FALSE(view.isBusy());
    EXPECT_EQ(fixture.queryInt("SELECT count(*) FROM models"), 0);
}
