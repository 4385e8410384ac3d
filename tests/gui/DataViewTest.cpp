#include "data/DataView.h"

#include "GuiTestSupport.h"
#include "data/ItemTableModel.h"
#include "data/LabelFilterEdit.h"
#include "project/ProjectSession.h"
#include "window/MainWindow.h"
#include "workflow/Workflow.h"

#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace assay;

namespace {

/// The data view of a main window on a hotline project with `items` items, where alice has
/// labelled the first three.
class DataViewTest : public ::testing::Test
{
protected:
    void open(int items)
    {
        test::guiApp();
        fixture = std::make_unique<test::HotlineProject>(items);
        {
            auto project = fixture->open();
            core::Workflow workflow(*project);
            const std::vector<std::string> labels = {"城乡建设/物业管理/物业服务",
                                                     "环境保护/噪音污染/噪音扰民",
                                                     "城乡建设/物业管理/物业服务"};
            for (std::size_t i = 0; i < labels.size(); ++i) {
                core::FieldAnswer answer{fixture->categoryField, {}};
                answer.value.choices.push_back(
                    {fixture->labelId(fixture->categoryField, labels[i]), std::nullopt});
                ASSAY_ASSERT_OK(
                    workflow.submit(fixture->alice, fixture->itemIds[i], {answer}, 1500));
            }
        }
        window = std::make_unique<gui::MainWindow>();
        window->resize(1200, 760);
        ASSERT_TRUE(test::showActive(*window));
        ASSERT_TRUE(
            window->openProject(QString::fromStdString(fixture->path), QStringLiteral("alice")));
        window->showData();
        view = window->dataView();
    }

    std::unique_ptr<test::HotlineProject> fixture;
    std::unique_ptr<gui::MainWindow> window;
    gui::DataView *view = nullptr;
};

} // namespace

TEST_F(DataViewTest, ItemsLoadAPageAtATime)
{
    open(450);
    gui::ItemTableModel *model = view->model();
    EXPECT_EQ(model->rowCount(), gui::ItemTableModel::kPage);
    EXPECT_TRUE(model->canFetchMore({}));
    auto *count = window->findChild<QLabel *>(QStringLiteral("resultCount"));
    EXPECT_TRUE(count->text().contains(QStringLiteral("450"))) << count->text().toStdString();
    // Scrolling to the bottom asks for more.
    view->table()->scrollToBottom();
    QTest::qWait(50);
    EXPECT_GT(model->rowCount(), gui::ItemTableModel::kPage);
    while (model->canFetchMore({}))
        model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 450);
    EXPECT_EQ(model->itemId(449), fixture->itemIds.back());
}

TEST_F(DataViewTest, FiltersByStateLabelAndAnnotator)
{
    open(12);
    view->setStateFilter(core::ItemState::Accepted);
    EXPECT_EQ(view->model()->rowCount(), 3);
    view->setStateFilter(std::nullopt);
    EXPECT_EQ(view->model()->rowCount(), 12);

    view->setLabelFilter(fixture->categoryField,
                         fixture->labelId(fixture->categoryField, "城乡建设/物业管理/物业服务"));
    ASSERT_EQ(view->model()->rowCount(), 2);
    EXPECT_EQ(view->model()->itemId(0), fixture->itemIds[0]);
    EXPECT_EQ(view->model()->itemId(1), fixture->itemIds[2]);
    window->findChild<gui::LabelFilterEdit *>(QStringLiteral("labelFilter"))->clearLabel();
    EXPECT_EQ(view->model()->rowCount(), 12);

    view->setAnnotatorFilter(fixture->bob);
    EXPECT_EQ(view->model()->rowCount(), 0);
    view->setAnnotatorFilter(fixture->alice);
    EXPECT_EQ(view->model()->rowCount(), 3);
}

TEST_F(DataViewTest, TextSearchFindsItemsAndTheDetailShowsTheirAnnotations)
{
    open(12);
    view->setTextQuery(QStringLiteral("噪音"));
    ASSERT_EQ(view->model()->rowCount(), 2); // items 2 and 8
    EXPECT_EQ(view->model()->itemId(0), fixture->itemIds[1]);
    EXPECT_EQ(view->model()->itemId(1), fixture->itemIds[7]);
    auto *detail = window->findChild<QTextBrowser *>(QStringLiteral("itemDetail"));
    ASSERT_NE(detail, nullptr);
    const QString shown = detail->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("广场舞"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("环境保护/噪音污染/噪音扰民")))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("alice")));
    view->setTextQuery(QString());
    EXPECT_EQ(view->model()->rowCount(), 12);
}

TEST_F(DataViewTest, ASearchThatMustScanRunsInSlicesAndKeepsTheWindowResponsive)
{
    open(300);
    // One step of 25 ids per turn of the event loop; 菜 is in every twelfth item only.
    view->model()->setSearchSteps(25, 0);
    view->setTextQuery(QStringLiteral("菜"));
    EXPECT_FALSE(view->model()->isComplete());
    EXPECT_LT(view->model()->rowCount(), 25);
    auto *count = window->findChild<QLabel *>(QStringLiteral("resultCount"));
    EXPECT_TRUE(count->text().contains(QStringLiteral("searched"))) << count->text().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->model()->isComplete(); }, 5000));
    ASSERT_EQ(view->model()->rowCount(), 25);
    for (int row = 0; row < 25; ++row)
        EXPECT_EQ(view->model()->itemId(row),
                  fixture->itemIds[static_cast<std::size_t>(10 + 12 * row)]);
    EXPECT_TRUE(count->text().contains(QStringLiteral("25 items"))) << count->text().toStdString();
}
