// The annotator's day, keyboard only: a dozen items labelled in the real main window, then
// the database is checked.
#include "GuiTestSupport.h"
#include "annotate/AnnotateView.h"
#include "annotate/ItemTextView.h"
#include "labels/LabelPicker.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace assay;
using test::focusName;
using test::pressKey;
using test::typeText;

namespace {

/// The labels stored by `userId` for `itemId`: category path and entity spans.
struct Stored {
    std::string category;
    std::vector<core::Span> spans;
    std::optional<std::int64_t> timeSpentMs;
    core::ItemState state = core::ItemState::New;
};

Stored stored(core::Project &project, const test::HotlineProject &fixture, std::int64_t itemId)
{
    Stored result;
    auto taxonomy = project.schema().taxonomy(fixture.categoryField);
    auto annotations = project.annotations().forItem(itemId);
    for (const core::Annotation &a : *annotations) {
        if (a.author.userId != fixture.alice)
            continue;
        if (a.fieldId == fixture.categoryField && !a.value.choices.empty())
            result.category = (*taxonomy)->byId(a.value.choices[0].labelId)->path;
        if (a.fieldId == fixture.entityField)
            result.spans = a.value.spans;
        result.timeSpentMs = a.timeSpentMs;
    }
    result.state = project.items().get(itemId)->state;
    return result;
}

} // namespace

TEST(AnnotateKeyboard, ADozenItemsLabelledWithTheKeyboardOnly)
{
    test::guiApp();
    test::HotlineProject fixture(12);
    fixture.addModelSuggestion(fixture.itemIds[1], {{"环境保护/噪音污染/噪音扰民", 0.82},
                                                    {"环境保护/噪音污染/施工噪音", 0.11},
                                                    {"环境保护/噪音污染/其他", 0.04}});
    gui::MainWindow window;
    window.setErrorHandler([](const QString &title, const QString &message) {
        ADD_FAILURE() << title.toStdString() << ": " << message.toStdString();
    });
    window.resize(1280, 800);
    ASSERT_TRUE(test::showActive(window));
    ASSERT_TRUE(window.openProject(QString::fromStdString(fixture.path), QStringLiteral("alice")));
    gui::AnnotateView *view = window.annotateView();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("labelSearch"));
    ASSERT_NE(search, nullptr);
    const auto currentItem = [&] {
        return view->flow().item().item.id;
    };

    // 1. A taxonomy leaf found by its pinyin initials: wyfw → 物业服务.
    ASSERT_EQ(currentItem(), fixture.itemIds[0]);
    EXPECT_EQ(focusName(), QStringLiteral("labelSearch"));
    typeText(QStringLiteral("wyfw"));
    EXPECT_EQ(view->picker()->matchCount() > 0, true);
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_Return, Qt::ControlModifier);

    // 2. The model's suggestion taken with a number key, then Enter submits.
    ASSERT_EQ(currentItem(), fixture.itemIds[1]);
    pressKey(Qt::Key_1);
    EXPECT_TRUE(search->text().isEmpty());
    pressKey(Qt::Key_Return);

    // 3. A label by its English name; a span marked with Shift+arrows and a hotkey.
    ASSERT_EQ(currentItem(), fixture.itemIds[2]);
    typeText(QStringLiteral("refusal"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(focusName(), QStringLiteral("itemText"));
    pressKey(Qt::Key_Right, Qt::ShiftModifier);
    pressKey(Qt::Key_Right, Qt::ShiftModifier);
    pressKey(Qt::Key_P);
    pressKey(Qt::Key_Return, Qt::ControlModifier);

    // 4. A wrong span, one undo, then submit.
    ASSERT_EQ(currentItem(), fixture.itemIds[3]);
    typeText(QStringLiteral("拖欠"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_PageDown, Qt::ControlModifier);
    pressKey(Qt::Key_Right, Qt::ShiftModifier);
    pressKey(Qt::Key_Right, Qt::ShiftModifier);
    pressKey(Qt::Key_O);
    EXPECT_EQ(view->flow().draft().value(fixture.entityField).spans.size(), 1u);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(view->flow().draft().value(fixture.entityField).spans.empty());
    pressKey(Qt::Key_Return, Qt::ControlModifier);

    // 5. A span after a character outside the BMP: 长沙 is [4, 6) in code points.
    ASSERT_EQ(currentItem(), fixture.itemIds[4]);
    typeText(QStringLiteral("油烟"));
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_PageDown, Qt::ControlModifier);
    for (int i = 0; i < 4; ++i)
        pressKey(Qt::Key_Right);
    pressKey(Qt::Key_Right, Qt::ShiftModifier);
    pressKey(Qt::Key_Right, Qt::ShiftModifier);
    pressKey(Qt::Key_L);
    pressKey(Qt::Key_Return);

    // 6–12. The rest by name searches, arrow keys and Enter.
    const std::vector<std::pair<QString, int>> rest = {
        {QStringLiteral("停车"), 0}, {QStringLiteral("保障房"), 0}, {QStringLiteral("施工"), 0},
        {QStringLiteral("绕路"), 0}, {QStringLiteral("社保"), 0},   {QStringLiteral("绿地"), 0},
        {QStringLiteral("供水"), 0},
    };
    for (const auto &[query, downs] : rest) {
        typeText(query);
        for (int i = 0; i < downs; ++i)
            pressKey(Qt::Key_Down);
        pressKey(Qt::Key_Return);
        pressKey(Qt::Key_Return);
    }
    EXPECT_FALSE(view->flow().hasItem()) << "the queue should be empty";
    window.close();

    auto project = fixture.open();
    ASSERT_NE(project, nullptr);
    const Stored first = stored(*project, fixture, fixture.itemIds[0]);
    EXPECT_EQ(first.category, "城乡建设/物业管理/物业服务");
    EXPECT_EQ(first.state, core::ItemState::Accepted);
    ASSERT_TRUE(first.timeSpentMs.has_value());
    EXPECT_GE(*first.timeSpentMs, 0);
    EXPECT_EQ(stored(*project, fixture, fixture.itemIds[1]).category, "环境保护/噪音污染/噪音扰民");
    const Stored third = stored(*project, fixture, fixture.itemIds[2]);
    EXPECT_EQ(third.category, "交通运输/出租车/拒载");
    ASSERT_EQ(third.spans.size(), 1u);
    EXPECT_EQ(third.spans[0], (core::Span{0, 2, fixture.labelId(fixture.entityField, "人名")}));
    const Stored fourth = stored(*project, fixture, fixture.itemIds[3]);
    EXPECT_EQ(fourth.category, "劳动和社会保障/劳动关系/拖欠工资");
    EXPECT_TRUE(fourth.spans.empty());
    const Stored fifth = stored(*project, fixture, fixture.itemIds[4]);
    EXPECT_EQ(fifth.category, "环境保护/大气污染/油烟");
    ASSERT_EQ(fifth.spans.size(), 1u);
    EXPECT_EQ(fifth.spans[0], (core::Span{4, 6, fixture.labelId(fixture.entityField, "地名")}));
    const std::vector<std::string> expected = {
        "城乡建设/物业管理/停车管理",       "城乡建设/住房保障/保障房",
        "环境保护/噪音污染/施工噪音",       "交通运输/出租车/绕路收费",
        "劳动和社会保障/社会保险/社保缴纳", "城乡建设/园林绿化/绿地占用",
        "城乡建设/市政设施/供水",
    };
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(stored(*project, fixture, fixture.itemIds[5 + i]).category, expected[i]);
    EXPECT_EQ(*project->items().stateCounts().value().begin(), 0) << "no item left new";
    auto audit = project->audit().entries(0, 1000);
    const auto submits = std::count_if(audit->begin(), audit->end(), [](const core::AuditEntry &e) {
        return e.action == "annotate.submit";
    });
    EXPECT_EQ(submits, 12);
}
