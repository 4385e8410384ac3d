// Pre-labelling from the model page: progress, Cancel and resume, and what the annotate
// view shows and orders afterwards.
#include "ModelPanelFixture.h"
#include "annotate/AnnotateView.h"
#include "labels/SuggestionStrip.h"
#include "model/ModelJob.h"
#include "model/ModelVersionModel.h"
#include "model/ModelView.h"
#include "model/PrelabelForm.h"
#include "model/TaskProgress.h"
#include "model/TrainForm.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "window/MessageBanner.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace assay;

TEST(ModelView, PrelabelsWithProgressAndTheAnnotateViewTakesTheSuggestions)
{
    test::ModelPanelFixture fixture(300, 200);
    gui::ModelView &view = fixture.view();
    ASSERT_TRUE(fixture.trainFromPanel());
    std::vector<std::pair<quint64, quint64>> reports;
    QObject::connect(view.job(), &gui::ModelJob::progressChanged, &view,
                     [&](quint64 done, quint64 total) { reports.emplace_back(done, total); });
    ASSERT_TRUE(view.prelabelForm()->prelabelButton()->isEnabled());
    ASSERT_TRUE(fixture.prelabelFromPanel());

    ASSERT_FALSE(reports.empty());
    EXPECT_EQ(reports.back().first, 300u);
    EXPECT_EQ(reports.back().second, 300u);
    EXPECT_TRUE(view.banner()->text().contains(QStringLiteral("items/s")))
        << view.banner()->text().toStdString();
    EXPECT_EQ(fixture.queryInt("SELECT count(DISTINCT item_id) FROM annotations "
                               "WHERE model_id IS NOT NULL"),
              300);
    EXPECT_EQ(view.versionModel()->at(0).labelled, 300);

    // Without a restart, the item on the annotate view has the model's labels on keys 1–9.
    fixture.window().showAnnotate();
    gui::AnnotateView *annotate = fixture.window().annotateView();
    ASSERT_TRUE(annotate->flow().hasItem());
    const std::int64_t itemId = annotate->flow().item().item.id;
    auto *strip = annotate->findChild<gui::SuggestionStrip *>(QStringLiteral("suggestionStrip"));
    ASSERT_NE(strip, nullptr);
    ASSERT_FALSE(strip->suggestions().empty());
    const gui::Suggestion first = strip->suggestions().front();
    EXPECT_TRUE(first.fromModel);
    ASSERT_TRUE(first.confidence.has_value());
    EXPECT_GT(*first.confidence, 0.0);
    EXPECT_LE(*first.confidence, 1.0);

    auto *search = annotate->findChild<QLineEdit *>(QStringLiteral("labelSearch"));
    search->setFocus();
    test::pressKey(Qt::Key_1);
    const core::AnnotationValue &answer = annotate->flow().draft().value(fixture.fieldId());
    ASSERT_EQ(answer.choices.size(), 1u);
    EXPECT_EQ(answer.choices.front().labelId, first.labelId);
    test::pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(fixture.queryInt("SELECT al.label_id FROM annotations a JOIN annotation_labels al "
                               "ON al.annotation_id = a.id WHERE a.item_id = " +
                               std::to_string(itemId) +
                               " AND a.user_id = " + std::to_string(fixture.adminId())),
              first.labelId);
}

TEST(ModelView, ACancelledPrelabelResumesWithoutRedoingAnItem)
{
    test::ModelPanelFixture fixture(1400, 200);
    gui::ModelView &view = fixture.view();
    ASSERT_TRUE(fixture.trainFromPanel());
    const std::string modelCount = "SELECT count(*) FROM annotations WHERE model_id IS NOT NULL";
    std::int64_t firstRun = 0;
    {
        test::HeldWork hold;
        QTest::mouseClick(view.prelabelForm()->prelabelButton(), Qt::LeftButton);
        ASSERT_TRUE(view.isBusy());
        ASSERT_TRUE(hold.waitHeld());
        EXPECT_TRUE(view.progress()->isVisible());
        EXPECT_FALSE(view.trainForm()->isEnabled());
        // The row counts in items ("0 of 1,400 items" while the first batch is held).
        auto *detail = view.progress()->findChild<QLabel *>(QStringLiteral("taskDetail"));
        ASSERT_NE(detail, nullptr);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return detail->text().contains(QStringLiteral("1,400 items")); }, 5000))
            << detail->text().toStdString();
        QTest::mouseClick(view.progress()->cancelButton(), Qt::LeftButton);
        hold.release = true;
        ASSERT_TRUE(fixture.waitIdle());
        EXPECT_TRUE(view.job()->prelabelReport().cancelled);
        firstRun = fixture.queryInt(modelCount);
        EXPECT_GT(firstRun, 0);
        EXPECT_LT(firstRun, 1400);
        EXPECT_EQ(view.job()->prelabelReport().labelled, firstRun);
        EXPECT_TRUE(view.banner()->text().contains(QStringLiteral("continue")))
            << view.banner()->text().toStdString();
    }
    ASSERT_TRUE(fixture.prelabelFromPanel());
    EXPECT_FALSE(view.job()->prelabelReport().cancelled);
    EXPECT_EQ(view.job()->prelabelReport().alreadyDone, firstRun);
    EXPECT_EQ(view.job()->prelabelReport().labelled, 1400 - firstRun);
    EXPECT_EQ(fixture.queryInt(modelCount), 1400);
    EXPECT_EQ(fixture.queryInt("SELECT count(*) FROM (SELECT item_id FROM annotations WHERE "
                               "model_id IS NOT NULL GROUP BY item_id HAVING count(*) > 1)"),
              0);
}

TEST(ModelView, LeastCertainFirstReordersTheQueueAfterPrelabelling)
{
    test::ModelPanelFixture fixture(300, 200);
    ASSERT_TRUE(fixture.trainFromPanel());
    ASSERT_TRUE(fixture.prelabelFromPanel());
    fixture.window().showAnnotate();
    gui::AnnotateView *annotate = fixture.window().annotateView();
    ASSERT_TRUE(annotate->flow().hasItem());
    const std::int64_t onScreen = annotate->flow().item().item.id;

    QAction *leastCertain =
        fixture.window().actions().action(gui::ActionId::QueueLeastCertainFirst);
    ASSERT_TRUE(leastCertain->isEnabled());
    leastCertain->trigger();
    EXPECT_EQ(annotate->flow().queueOrder(), core::QueueOrder::LeastCertainFirst);
    EXPECT_EQ(annotate->flow().item().item.id, onScreen); // the item on screen stays

    annotate->findChild<QLineEdit *>(QStringLiteral("labelSearch"))->setFocus();
    test::pressKey(Qt::Key_1);
    test::pressKey(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(annotate->flow().hasItem());
    const std::int64_t next = annotate->flow().item().item.id;
    // The most uncertain open item the user has not done comes next.
    const std::string open = " FROM item_scores sc JOIN items ON items.id = sc.item_id WHERE "
                             "items.state IN (0, 1, 2, 5) AND items.id <> " +
                             std::to_string(onScreen);
    const std::int64_t highest =
        fixture.queryInt("SELECT CAST(max(sc.uncertainty) * 1000000 AS INTEGER)" + open);
    EXPECT_EQ(fixture.queryInt("SELECT CAST(uncertainty * 1000000 AS INTEGER) FROM item_scores "
                               "WHERE item_id = " +
                               std::to_string(next)),
              highest);
}
