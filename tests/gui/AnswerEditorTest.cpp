#include "annotate/AnswerEditor.h"

#include "GuiTestSupport.h"
#include "annotate/ItemDraft.h"

#include <QUndoStack>

using namespace assay;
using assay::gui::AnswerEditor;
using assay::gui::ItemDraft;

namespace {

/// An editor over the hotline project's fields, with its draft and undo stack.
class AnswerEditorTest : public ::testing::Test
{
protected:
    AnswerEditorTest()
        : project(fixture.open())
        , editor(draft, stack,
                 [this](std::int64_t fieldId) -> std::shared_ptr<const core::Taxonomy> {
                     auto taxonomy = project->schema().taxonomy(fieldId);
                     return taxonomy ? *taxonomy : nullptr;
                 })
    {
        test::guiApp();
        editor.setText(QString::fromUtf8("张三 在长沙市找李四"));
        draft.reset(1, {});
    }

    std::int64_t category(const std::string &path)
    {
        return fixture.labelId(fixture.categoryField, path);
    }
    std::int64_t entity(const std::string &path)
    {
        return fixture.labelId(fixture.entityField, path);
    }

    test::HotlineProject fixture{1};
    std::unique_ptr<core::Project> project;
    ItemDraft draft;
    QUndoStack stack;
    AnswerEditor editor;
};

} // namespace

TEST_F(AnswerEditorTest, SingleChoiceReplacesAndUndoRestores)
{
    const auto service = category("城乡建设/物业管理/物业服务");
    const auto noise = category("环境保护/噪音污染/噪音扰民");
    ASSAY_ASSERT_OK(editor.chooseLabel(fixture.categoryField, service));
    ASSAY_ASSERT_OK(editor.chooseLabel(fixture.categoryField, noise));
    ASSERT_EQ(draft.value(fixture.categoryField).choices.size(), 1u);
    EXPECT_EQ(draft.value(fixture.categoryField).choices[0].labelId, noise);
    EXPECT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(draft.value(fixture.categoryField).choices[0].labelId, service);
    stack.undo();
    EXPECT_TRUE(draft.value(fixture.categoryField).choices.empty());
    stack.redo();
    EXPECT_EQ(draft.value(fixture.categoryField).choices[0].labelId, service);
}

TEST_F(AnswerEditorTest, GroupsAndUnknownLabelsAreRefusedWithAReason)
{
    const auto group = category("城乡建设/物业管理");
    const core::Status refused = editor.chooseLabel(fixture.categoryField, group);
    ASSERT_FALSE(refused.ok());
    EXPECT_NE(refused.error().message.find("sub-label"), std::string::npos);
    EXPECT_FALSE(editor.chooseLabel(fixture.categoryField, 999999).ok());
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(AnswerEditorTest, SpansAreTrimmedSortedAndMayNotOverlap)
{
    const auto person = entity("人名");
    const auto place = entity("地名");
    // "张三 " with its trailing space is stored as "张三" [0, 2).
    auto first = editor.markSpan(fixture.entityField, 0, 3, person);
    ASSAY_ASSERT_OK(first);
    auto second = editor.markSpan(fixture.entityField, 4, 7, place); // 长沙市
    ASSAY_ASSERT_OK(second);
    const auto &spans = draft.value(fixture.entityField).spans;
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spans[0], (core::Span{0, 2, person}));
    EXPECT_EQ(spans[1], (core::Span{4, 7, place}));

    auto overlapping = editor.markSpan(fixture.entityField, 5, 9, person);
    ASSERT_FALSE(overlapping.ok());
    const std::string message = overlapping.error().message;
    EXPECT_NE(message.find("长沙市"), std::string::npos) << message;
    EXPECT_NE(message.find("may not overlap"), std::string::npos) << message;
    EXPECT_EQ(draft.value(fixture.entityField).spans.size(), 2u);

    auto blank = editor.markSpan(fixture.entityField, 2, 3, person);
    EXPECT_FALSE(blank.ok());
}

TEST_F(AnswerEditorTest, TheSameRangeAgainChangesTheLabel)
{
    const auto person = entity("人名");
    const auto organisation = entity("机构");
    ASSAY_ASSERT_OK(editor.markSpan(fixture.entityField, 4, 7, person));
    auto again = editor.markSpan(fixture.entityField, 4, 7, organisation);
    ASSAY_ASSERT_OK(again);
    EXPECT_EQ(*again, 0);
    ASSERT_EQ(draft.value(fixture.entityField).spans.size(), 1u);
    EXPECT_EQ(draft.value(fixture.entityField).spans[0].labelId, organisation);
    ASSAY_ASSERT_OK(editor.removeSpan(fixture.entityField, 0));
    EXPECT_TRUE(draft.value(fixture.entityField).spans.empty());
    stack.undo();
    EXPECT_EQ(draft.value(fixture.entityField).spans.size(), 1u);
}
