#include "labels/LabelPicker.h"

#include "GuiTestSupport.h"
#include "labels/LabelResultModel.h"
#include "labels/TaxonomyTreeModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace assay;
using assay::gui::LabelPicker;

namespace {

/// A field with `groups` top-level labels of `leaves` leaves each: "部门G" / "事项G-L".
std::shared_ptr<const core::Taxonomy> wideTaxonomy(int groups, int leaves)
{
    core::Field field;
    field.id = 1;
    field.name = "类别";
    std::vector<core::Label> labels;
    std::int64_t id = 0;
    for (int g = 0; g < groups; ++g) {
        core::Label group;
        group.id = ++id;
        group.fieldId = 1;
        group.name = "部门" + std::to_string(g);
        group.path = group.name;
        group.depth = 1;
        group.position = g;
        labels.push_back(group);
        for (int l = 0; l < leaves; ++l) {
            core::Label leaf;
            leaf.id = ++id;
            leaf.fieldId = 1;
            leaf.parentId = group.id;
            leaf.name = "事项" + std::to_string(g) + "-" + std::to_string(l);
            leaf.path = group.path + "/" + leaf.name;
            leaf.depth = 2;
            leaf.position = l;
            leaf.guideline = "关于" + leaf.name + "的说明";
            labels.push_back(leaf);
        }
    }
    return std::make_shared<const core::Taxonomy>(field, std::move(labels));
}

class LabelPickerTest : public ::testing::Test
{
protected:
    LabelPickerTest()
    {
        taxonomy = wideTaxonomy(80, 80);
        search = std::make_unique<core::LabelSearch>(taxonomy);
        picker.setField(taxonomy, search.get());
        picker.resize(700, 500);
        test::showActive(picker);
        picker.focusSearch();
        searchEdit = picker.findChild<QLineEdit *>(QStringLiteral("labelSearch"));
        results = picker.findChild<QListView *>(QStringLiteral("labelResults"));
        tree = picker.findChild<QTreeView *>(QStringLiteral("labelTree"));
    }

    QApplication &app = test::guiApp(); // before any widget
    std::shared_ptr<const core::Taxonomy> taxonomy;
    std::unique_ptr<core::LabelSearch> search;
    LabelPicker picker;
    QLineEdit *searchEdit = nullptr;
    QListView *results = nullptr;
    QTreeView *tree = nullptr;
};

} // namespace

TEST_F(LabelPickerTest, TypingFiltersAndEnterChoosesTheHighlightedLabel)
{
    ASSERT_TRUE(searchEdit && results && tree);
    QSignalSpy chosen(&picker, &LabelPicker::labelChosen);
    test::typeText(QStringLiteral("事项7-1"), searchEdit);
    EXPECT_TRUE(results->isVisible());
    EXPECT_GT(picker.matchCount(), 1u);
    const std::int64_t first = picker.highlightedLabel();
    EXPECT_EQ(taxonomy->byId(first)->name, "事项7-1");
    QTest::keyClick(searchEdit, Qt::Key_Down);
    const std::int64_t second = picker.highlightedLabel();
    EXPECT_NE(second, first);
    QTest::keyClick(searchEdit, Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toLongLong(), second);
    // A single-choice pick clears the search and returns to the tree.
    EXPECT_TRUE(searchEdit->text().isEmpty());
    EXPECT_TRUE(tree->isVisible());
}

TEST_F(LabelPickerTest, TheGuidelineOfTheHighlightedLabelIsShown)
{
    test::typeText(QStringLiteral("事项3-4"), searchEdit);
    auto *info = picker.findChild<QTextBrowser *>(QStringLiteral("labelInfo"));
    ASSERT_NE(info, nullptr);
    EXPECT_TRUE(info->toPlainText().contains(QStringLiteral("关于事项3-4的说明")))
        << info->toPlainText().toStdString();
    EXPECT_TRUE(info->toPlainText().contains(QStringLiteral("部门3")));
}

TEST_F(LabelPickerTest, TheResultListLoadsRowsAPageAtATime)
{
    test::typeText(QStringLiteral("事项"), searchEdit);
    auto *model = qobject_cast<gui::LabelResultModel *>(results->model());
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->matchCount(), LabelPicker::kSearchLimit);
    EXPECT_LT(model->rowCount(), static_cast<int>(model->matchCount()));
    const int before = model->rowCount();
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), before + gui::LabelResultModel::kPage);
}

TEST_F(LabelPickerTest, EnterWithNothingToChooseAsksToSubmit)
{
    QSignalSpy chosen(&picker, &LabelPicker::labelChosen);
    QSignalSpy unused(&picker, &LabelPicker::enterUnused);
    QTest::keyClick(searchEdit, Qt::Key_Return);
    EXPECT_EQ(unused.count(), 1);
    EXPECT_EQ(chosen.count(), 0);
}

TEST_F(LabelPickerTest, TheTreeIsBrowsedWithArrowKeys)
{
    QSignalSpy chosen(&picker, &LabelPicker::labelChosen);
    QTest::keyClick(searchEdit, Qt::Key_Down);  // highlights 部门0
    QTest::keyClick(searchEdit, Qt::Key_Right); // opens it
    QTest::keyClick(searchEdit, Qt::Key_Down);  // 事项0-0
    QTest::keyClick(searchEdit, Qt::Key_Down);  // 事项0-1
    EXPECT_EQ(taxonomy->byId(picker.highlightedLabel())->name, "事项0-1");
    QTest::keyClick(searchEdit, Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(taxonomy->byId(chosen.at(0).at(0).toLongLong())->name, "事项0-1");
}

TEST_F(LabelPickerTest, ChoosingAGroupOpensItInTheTree)
{
    QSignalSpy chosen(&picker, &LabelPicker::labelChosen);
    test::typeText(QStringLiteral("部门12"), searchEdit);
    ASSERT_EQ(taxonomy->byId(picker.highlightedLabel())->name, "部门12");
    QTest::keyClick(searchEdit, Qt::Key_Return);
    EXPECT_EQ(chosen.count(), 0);
    EXPECT_TRUE(tree->isVisible());
    EXPECT_EQ(taxonomy->byId(picker.highlightedLabel())->name, "事项12-0");
    QTest::keyClick(searchEdit, Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
}

TEST_F(LabelPickerTest, NumberKeysPickSuggestionsWhenNothingIsTyped)
{
    QSignalSpy chosen(&picker, &LabelPicker::labelChosen);
    const std::int64_t a = taxonomy->byPath("部门5/事项5-5")->id;
    const std::int64_t b = taxonomy->byPath("部门9/事项9-1")->id;
    picker.setSuggestions({{a, 0.7, true}, {b, std::nullopt, false}});
    QTest::keyClick(searchEdit, Qt::Key_2);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.at(0).at(0).toLongLong(), b);
    EXPECT_TRUE(searchEdit->text().isEmpty());
    // Once something is typed, digits are part of the query.
    test::typeText(QStringLiteral("事项1"), searchEdit);
    EXPECT_EQ(searchEdit->text(), QStringLiteral("事项1"));
    EXPECT_EQ(chosen.count(), 1);
}
