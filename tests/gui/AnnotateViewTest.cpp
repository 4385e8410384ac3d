#include "annotate/AnnotateView.h"

#include "GuiTestSupport.h"
#include "annotate/ItemTextView.h"
#include "annotate/SkipDialog.h"
#include "io/ItemImporter.h"
#include "labels/LabelPicker.h"
#include "labels/SuggestionStrip.h"
#include "project/ProjectSession.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "window/MessageBanner.h"
#include "workflow/Workflow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>

using namespace assay;
using test::pressKey;
using test::typeText;

namespace {

/// A main window working the hotline project as alice.
class AnnotateViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::guiApp();
        openWindow();
    }

    void openWindow()
    {
        window = std::make_unique<gui::MainWindow>();
        window->setErrorHandler(
            [this](const QString &, const QString &message) { errors << message; });
        window->resize(1200, 780);
        ASSERT_TRUE(test::showActive(*window));
        ASSERT_TRUE(
            window->openProject(QString::fromStdString(fixture.path), QStringLiteral("alice")));
        view = window->annotateView();
    }

    std::int64_t current() const { return view->flow().item().item.id; }
    std::int64_t category(const std::string &path) const
    {
        return fixture.labelId(fixture.categoryField, path);
    }

    test::HotlineProject fixture{6};
    std::unique_ptr<gui::MainWindow> window;
    gui::AnnotateView *view = nullptr;
    QStringList errors;
};

} // namespace

TEST_F(AnnotateViewTest, SubmitWithoutAChoiceWarnsAndStoresNothing)
{
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(current(), fixture.itemIds[0]);
    EXPECT_TRUE(view->banner()->text().contains(QStringLiteral("类别")));
    EXPECT_EQ(*fixture.open()->annotations().count(), 0);
}

TEST_F(AnnotateViewTest, BackShowsTheSubmittedAnswerAndResubmittingMakesANewVersion)
{
    typeText(QStringLiteral("停车"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_Return);
    ASSERT_EQ(current(), fixture.itemIds[1]);
    EXPECT_TRUE(window->actions().action(gui::ActionId::Back)->isEnabled());

    pressKey(Qt::Key_Left, Qt::AltModifier);
    ASSERT_EQ(current(), fixture.itemIds[0]);
    EXPECT_TRUE(view->flow().isRevisiting());
    ASSERT_EQ(view->flow().draft().value(fixture.categoryField).choices.size(), 1u);
    EXPECT_EQ(view->flow().draft().value(fixture.categoryField).choices[0].labelId,
              category("城乡建设/物业管理/停车管理"));

    typeText(QStringLiteral("物业服务"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_Return);
    EXPECT_EQ(current(), fixture.itemIds[1]) << "back at the head of the queue";
    EXPECT_FALSE(view->flow().isRevisiting());

    auto project = fixture.open();
    auto mine = project->annotations().current(fixture.itemIds[0], fixture.categoryField,
                                               core::Author::user(fixture.alice));
    ASSERT_TRUE(mine.ok() && mine->has_value());
    EXPECT_EQ((*mine)->version, 2);
    EXPECT_EQ((*mine)->value.choices[0].labelId, category("城乡建设/物业管理/物业服务"));
}

TEST_F(AnnotateViewTest, SkipAsksForAReasonAndLeavesTheQueue)
{
    const auto before = view->flow().remaining();
    test::whenModalShown([](QWidget *dialog) {
        auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("skipReason"));
        ASSERT_NE(reason, nullptr);
        reason->setEditText(QStringLiteral("看不懂"));
        QTest::keyClick(reason, Qt::Key_Return);
    });
    pressKey(Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(current(), fixture.itemIds[1]);
    EXPECT_EQ(view->flow().remaining(), before - 1);
    auto project = fixture.open();
    auto queue = core::Workflow(*project).nextItems(fixture.alice, 0, 10);
    ASSERT_TRUE(queue.ok());
    EXPECT_EQ(queue->front(), fixture.itemIds[1]);
    auto audit = project->audit().entries(0, 1000);
    const bool recorded = std::any_of(audit->begin(), audit->end(), [](const core::AuditEntry &e) {
        return e.action == "annotate.skip" && e.detail.find("看不懂") != std::string::npos;
    });
    EXPECT_TRUE(recorded);
}

TEST_F(AnnotateViewTest, UnsubmittedEditsSurviveClosingTheWindow)
{
    typeText(QStringLiteral("绕路"));
    pressKey(Qt::Key_Return);
    EXPECT_TRUE(window->isWindowModified());
    window->close();
    window.reset();

    openWindow();
    ASSERT_EQ(current(), fixture.itemIds[0]);
    const auto &choices = view->flow().draft().value(fixture.categoryField).choices;
    ASSERT_EQ(choices.size(), 1u);
    EXPECT_EQ(choices[0].labelId, category("交通运输/出租车/绕路收费"));
    pressKey(Qt::Key_Return);
    EXPECT_EQ(current(), fixture.itemIds[1]);
    auto mine = fixture.open()->annotations().current(fixture.itemIds[0], fixture.categoryField,
                                                      core::Author::user(fixture.alice));
    ASSERT_TRUE(mine.ok() && mine->has_value());
}

TEST_F(AnnotateViewTest, OverlappingSpansAreRefusedWithAClearMessage)
{
    // Item 3: 张三在火车站打车…
    typeText(QStringLiteral("停车"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_Return);
    typeText(QStringLiteral("停车"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_Return);
    ASSERT_EQ(current(), fixture.itemIds[2]);
    pressKey(Qt::Key_PageDown, Qt::ControlModifier);
    view->textView()->selectRange(3, 6); // 火车站
    pressKey(Qt::Key_L);
    view->textView()->selectRange(0, 4); // 张三在火
    pressKey(Qt::Key_P);
    EXPECT_EQ(view->flow().draft().value(fixture.entityField).spans.size(), 1u);
    const QString message = view->banner()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("火车站"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("overlap"))) << message.toStdString();

    // With the cursor in the span, another key changes it and Delete removes it.
    view->textView()->selectRange(4, 4);
    pressKey(Qt::Key_O);
    ASSERT_EQ(view->flow().draft().value(fixture.entityField).spans.size(), 1u);
    EXPECT_EQ(view->flow().draft().value(fixture.entityField).spans[0].labelId,
              fixture.labelId(fixture.entityField, "机构"));
    pressKey(Qt::Key_Delete);
    EXPECT_TRUE(view->flow().draft().value(fixture.entityField).spans.empty());
}

TEST_F(AnnotateViewTest, ItemsImportedLaterRefillAnEmptyQueue)
{
    for (int i = 0; i < 6; ++i) {
        typeText(QStringLiteral("停车"));
        pressKey(Qt::Key_Return);
        pressKey(Qt::Key_Return);
    }
    ASSERT_FALSE(view->flow().hasItem());
    auto *empty = window->findChild<QLabel *>(QStringLiteral("emptyQueueMessage"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->text().contains(QStringLiteral("6"))) << empty->text().toStdString();

    // What the import wizard does: import on the session's project, then say so.
    const std::string more = fixture.dir.write("more.jsonl", "{\"text\":\"新的一条留言\"}\n");
    core::ImportOptions options;
    options.path = more;
    ASSERT_TRUE(core::ItemImporter(window->session().project()).run(options).ok);
    window->session().notifyItemsChanged();
    ASSERT_TRUE(view->flow().hasItem());
    EXPECT_EQ(view->flow().item().text, QStringLiteral("新的一条留言"));
}

TEST_F(AnnotateViewTest, TextSizeChangesWithTheKeyboard)
{
    const int before = view->textPointSize();
    pressKey(Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_EQ(view->textPointSize(), before + 1);
    pressKey(Qt::Key_Minus, Qt::ControlModifier);
    pressKey(Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(view->textPointSize(), before - 1);
    EXPECT_EQ(view->textView()->font().pointSize(), before - 1);
}

TEST_F(AnnotateViewTest, MetadataIsShownOnDemand)
{
    auto *metadata = window->findChild<QTextBrowser *>(QStringLiteral("metadataPanel"));
    ASSERT_NE(metadata, nullptr);
    EXPECT_FALSE(metadata->isVisible());
    pressKey(Qt::Key_I, Qt::ControlModifier);
    EXPECT_TRUE(metadata->isVisible());
    EXPECT_TRUE(metadata->toPlainText().contains(QStringLiteral("岳麓区")));
    EXPECT_TRUE(metadata->toPlainText().contains(QStringLiteral("T1000")));
}

TEST_F(AnnotateViewTest, ModelSuggestionsShowOnlyInSuggestMode)
{
    fixture.addModelSuggestion(fixture.itemIds[0], {{"环境保护/噪音污染/噪音扰民", 0.9}});
    {
        auto project = fixture.open();
        core::Policy policy = *project->policy();
        policy.modelMode = core::ModelMode::Blind;
        ASSAY_ASSERT_OK(project->setPolicy(policy));
    }
    window->close();
    openWindow();
    auto *strip = window->findChild<gui::SuggestionStrip *>(QStringLiteral("suggestionStrip"));
    ASSERT_NE(strip, nullptr);
    EXPECT_TRUE(strip->suggestions().empty());

    {
        auto project = fixture.open();
        core::Policy policy = *project->policy();
        policy.modelMode = core::ModelMode::Suggest;
        ASSAY_ASSERT_OK(project->setPolicy(policy));
    }
    window->close();
    openWindow();
    strip = window->findChild<gui::SuggestionStrip *>(QStringLiteral("suggestionStrip"));
    ASSERT_EQ(strip->suggestions().size(), 1u);
    EXPECT_TRUE(strip->suggestions()[0].fromModel);
    EXPECT_DOUBLE_EQ(*strip->suggestions()[0].confidence, 0.9);
}

TEST_F(AnnotateViewTest, MultipleChoiceTogglesLabels)
{
    window->close();
    std::int64_t moodField = 0;
    {
        auto project = fixture.open();
        core::Field mood;
        mood.name = "情绪";
        mood.kind = core::FieldKind::MultiChoice;
        auto added = project->schema().addField(mood);
        ASSAY_ASSERT_OK(added);
        moodField = added->id;
        core::LabelSpec angry, anxious;
        angry.path = {"愤怒"};
        anxious.path = {"焦虑"};
        ASSAY_ASSERT_OK(project->schema().addLabels(added->id, {angry, anxious}));
    }
    openWindow();
    typeText(QStringLiteral("停车"));
    pressKey(Qt::Key_Return);
    auto *tabs = window->findChild<QTabBar *>(QStringLiteral("fieldTabs"));
    ASSERT_EQ(tabs->count(), 3);
    pressKey(Qt::Key_PageUp, Qt::ControlModifier); // wraps round to the last field, 情绪
    ASSERT_EQ(view->activeField(), 2);
    typeText(QStringLiteral("愤怒"));
    pressKey(Qt::Key_Return);
    typeText(QStringLiteral("焦虑"));
    pressKey(Qt::Key_Return);
    EXPECT_EQ(view->flow().draft().value(moodField).choices.size(), 2u);
    pressKey(Qt::Key_Return); // the query 焦虑 is still there: Enter toggles it off again
    EXPECT_EQ(view->flow().draft().value(moodField).choices.size(), 1u);
    pressKey(Qt::Key_Escape);
    pressKey(Qt::Key_Return);
    EXPECT_EQ(current(), fixture.itemIds[1]);
    auto mine = fixture.open()->annotations().current(fixture.itemIds[0], moodField,
                                                      core::Author::user(fixture.alice));
    ASSERT_TRUE(mine.ok() && mine->has_value());
    EXPECT_EQ((*mine)->value.choices.size(), 1u);
}
