// Renders the model page in Chinese to PNG, for docs/screenshots:
//
//   ASSAY_SCREENSHOT_DIR=docs/screenshots ctest --preset dev -R gui_screenshots
//
// Two versions trained from the page on a generated labelled project, the first of which
// has pre-labelled the items; the newer one selected, with its evaluation and calibration
// chart. Without ASSAY_SCREENSHOT_DIR the image goes to a temporary directory and is only
// checked.
#include "ModelPanelFixture.h"
#include "model/CalibrationChart.h"
#include "model/EvaluationView.h"
#include "model/ModelVersionModel.h"
#include "model/ModelView.h"
#include "model/TrainForm.h"
#include "window/MainWindow.h"
#include "window/Translations.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QSpinBox>
#include <QTest>

using namespace assay;

namespace {

struct ChineseWhileAlive {
    ChineseWhileAlive() { gui::installTranslations(QStringLiteral("zh_CN")); }
    ~ChineseWhileAlive() { gui::installTranslations(QStringLiteral("en")); }
};

} // namespace

TEST(Screenshots, ModelPage)
{
    test::guiApp();
    ChineseWhileAlive chinese;
    const QByteArray wanted = qgetenv("ASSAY_SCREENSHOT_DIR");
    test::TempDir temp;
    const QString dir = wanted.isEmpty() ? QString::fromStdString(temp.path().string())
                                         : QString::fromLocal8Bit(wanted);
    QDir().mkpath(dir);

    test::ModelPanelFixture fixture(1500, 900);
    gui::ModelView &view = fixture.view();
    auto *holdout = view.trainForm()->findChild<QSpinBox *>(QStringLiteral("holdoutSpin"));
    ASSERT_NE(holdout, nullptr);
    holdout->setValue(30);
    ASSERT_TRUE(fixture.trainFromPanel());
    ASSERT_TRUE(fixture.prelabelFromPanel());
    auto *epochs = view.trainForm()->findChild<QSpinBox *>(QStringLiteral("epochSpin"));
    epochs->setValue(8);
    ASSERT_TRUE(fixture.trainFromPanel());
    ASSERT_EQ(view.versionModel()->rowCount(), 2);
    view.selectVersion(2);
    ASSERT_TRUE(view.evaluationView()->hasEvaluation());
    ASSERT_FALSE(view.evaluationView()->chart()->bins().empty());

    QTest::qWait(50);
    const QImage image = fixture.window().grab().toImage();
    const QString file = QDir(dir).filePath(QStringLiteral("model.png"));
    ASSERT_TRUE(image.save(file)) << file.toStdString();
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    EXPECT_GT(colours.size(), 40) << "model.png looks blank";
}
