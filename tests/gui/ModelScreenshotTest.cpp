// Renders the model page in Chinese to PNG, for docs/screenshots:
//
//   ASSAY_SCREENSHOT_DIR=docs/screenshots ctest --preset dev -R Screenshots.ModelPage
//
// Two versions trained from the page on the FewCLUE TNEWS headlines in ../shared/data
// (train and dev accepted, test left to label; 15 news classes by their Chinese names), or
// on generated texts when it is absent. model-prelabel.png catches the first version
// pre-labelling the items; model.png shows the newer one (advanced settings folded out)
// with its evaluation and calibration chart. Without ASSAY_SCREENSHOT_DIR the images go to
// a temporary directory and are only checked.
#include "ModelPanelFixture.h"
#include "model/CalibrationChart.h"
#include "model/EvaluationView.h"
#include "model/ModelVersionModel.h"
#include "model/ModelView.h"
#include "model/PrelabelForm.h"
#include "model/TrainForm.h"
#include "window/MainWindow.h"
#include "window/Translations.h"

#include <QDir>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

using namespace assay;

namespace {

struct ChineseWhileAlive {
    ChineseWhileAlive() { gui::installTranslations(QStringLiteral("zh_CN")); }
    ~ChineseWhileAlive() { gui::installTranslations(QStringLiteral("en")); }
};

/// TNEWS headlines labelled with their classes' Chinese names; empty without the data.
std::vector<test::LabelledRow> tnewsRows(const std::vector<std::string> &files)
{
    auto names = test::sharedData("tnews/label_index2en2zh.json");
    if (!names)
        return {};
    std::map<std::string, std::string> chinese;
    std::ifstream nameFile(*names);
    for (std::string line; std::getline(nameFile, line);)
        if (!line.empty()) {
            const auto entry = nlohmann::json::parse(line);
            chinese[entry.at("label_desc").get<std::string>()] =
                entry.at("label_zh").get<std::string>();
        }
    std::vector<test::LabelledRow> rows;
    for (const std::string &name : files) {
        auto path = test::sharedData("tnews/" + name);
        if (!path)
            return {};
        std::ifstream in(*path);
        for (std::string line; std::getline(in, line);) {
            if (line.empty())
                continue;
            const auto entry = nlohmann::json::parse(line);
            rows.push_back({entry.at("sentence").get<std::string>(),
                            chinese.at(entry.at("label_desc").get<std::string>())});
        }
    }
    return rows;
}

void save(QWidget &widget, const QString &dir, const QString &name)
{
    test::saveScreenshot(widget, dir, name, 40);
}

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

    std::vector<test::LabelledRow> rows = tnewsRows({"train_few_all.json", "dev_few_all.json"});
    const std::size_t accepted = rows.size();
    for (test::LabelledRow &row : tnewsRows({"test_public.json"}))
        rows.push_back(std::move(row));
    const bool real = accepted > 0;
    if (!real)
        rows = test::makeLabelledRows(1500, 11);
    test::ModelPanelFixture fixture(rows, real ? accepted : 900, true, real ? "新闻类别" : "topic");
    gui::ModelView &view = fixture.view();
    auto *holdout = view.trainForm()->findChild<QSpinBox *>(QStringLiteral("holdoutSpin"));
    ASSERT_NE(holdout, nullptr);
    holdout->setValue(20);
    ASSERT_TRUE(fixture.trainFromPanel());

    // Pre-labelling, caught while its third batch is being written.
    auto *forms = view.findChild<QTabWidget *>(QStringLiteral("modelForms"));
    forms->setCurrentWidget(view.prelabelForm());
    {
        test::HeldWork hold(2 * gui::PrelabelForm::kBatchSize);
        QTest::mouseClick(view.prelabelForm()->prelabelButton(), Qt::LeftButton);
        ASSERT_TRUE(hold.waitHeld());
        save(fixture.window(), dir, QStringLiteral("model-prelabel.png"));
        hold.release = true;
        ASSERT_TRUE(fixture.waitIdle());
    }
    forms->setCurrentWidget(view.trainForm());

    view.trainForm()->setAdvancedVisible(true);
    auto *epochs = view.trainForm()->findChild<QSpinBox *>(QStringLiteral("epochSpin"));
    epochs->setValue(8);
    ASSERT_TRUE(fixture.trainFromPanel());
    ASSERT_EQ(view.versionModel()->rowCount(), 2);
    view.selectVersion(2);
    ASSERT_TRUE(view.evaluationView()->hasEvaluation());
    ASSERT_FALSE(view.evaluationView()->chart()->bins().empty());

    save(fixture.window(), dir, QStringLiteral("model.png"));
}
