#include "annotations/AnnotationValidator.h"

#include "AnnotationFixture.h"

using namespace assay;
using namespace assay::core;

namespace {

class AnnotationValidation : public test::AnnotationFixture
{
protected:
    // Validates through the store, as every caller does, and returns the error message
    // ("" when the annotation was accepted).
    std::string refusal(const NewAnnotation &annotation)
    {
        const auto before = test::snapshot(*project);
        auto added = project->annotations().add(annotation);
        if (added)
            return "";
        EXPECT_EQ(added.error().code, ErrorCode::Validation) << added.error().message;
        EXPECT_EQ(test::snapshot(*project), before) << "a refused annotation writes nothing";
        return added.error().message;
    }

    NewAnnotation byModel(std::size_t item, const Field &field, AnnotationValue value)
    {
        return {items.at(item),   field.id,     Author::model(addModel(field)),
                std::move(value), std::nullopt, std::nullopt};
    }
};

bool mentions(const std::string &message, const std::string &part)
{
    return message.find(part) != std::string::npos;
}

} // namespace

TEST_F(AnnotationValidation, ChoiceLabelsMustBeKnownSelectableAndCurrent)
{
    const std::int64_t attitude = label(category, "投诉/态度");
    EXPECT_EQ(refusal(byUser(0, 0, category, choices({attitude}))), "");

    auto unknown = refusal(byUser(0, 1, category, choices({999999})));
    EXPECT_TRUE(mentions(unknown, "field '类别': unknown label id 999999")) << unknown;

    auto inner = refusal(byUser(0, 1, category, choices({label(category, "投诉")})));
    EXPECT_TRUE(mentions(inner, "'投诉' is not a leaf")) << inner;

    auto deprecated = refusal(byUser(0, 1, category, choices({label(category, "旧类")})));
    EXPECT_TRUE(mentions(deprecated, "'旧类' is deprecated")) << deprecated;

    auto otherField = refusal(byUser(0, 1, category, choices({label(tags, "紧急")})));
    EXPECT_TRUE(mentions(otherField, "unknown label id")) << "a label of another field";
}

TEST_F(AnnotationValidation, InnerLabelsAreAllowedWhenTheFieldSaysSo)
{
    Field anyLevel = category;
    anyLevel.leavesOnly = false;
    ASSAY_ASSERT_OK(project->schema().updateField(anyLevel));
    EXPECT_EQ(refusal(byUser(0, 0, category, choices({label(category, "投诉")}))), "");
}

TEST_F(AnnotationValidation, SingleChoiceTakesExactlyOneLabelFromAPerson)
{
    const std::int64_t a = label(category, "投诉/态度");
    const std::int64_t b = label(category, "表扬");
    auto two = refusal(byUser(0, 0, category, choices({a, b})));
    EXPECT_TRUE(mentions(two, "a single-choice field takes one label, got 2")) << two;
    auto none = refusal(byUser(0, 0, category, choices({})));
    EXPECT_TRUE(mentions(none, "choose a label")) << none;
    auto twice = refusal(byUser(0, 0, tags, choices({label(tags, "紧急"), label(tags, "紧急")})));
    EXPECT_TRUE(mentions(twice, "'紧急' is given twice")) << twice;
    EXPECT_EQ(refusal(byUser(0, 0, tags, choices({label(tags, "紧急"), label(tags, "夜间")}))), "");
}

TEST_F(AnnotationValidation, AModelMayRankSeveralLabelsAndUseDeprecatedOnes)
{
    const std::int64_t a = label(category, "投诉/态度");
    const std::int64_t old = label(category, "旧类");
    EXPECT_EQ(refusal(byModel(0, category, choices({a, old}, {0.7, 0.3}))), "");
    auto score = refusal(byModel(1, category, choices({a}, {1.5})));
    EXPECT_TRUE(mentions(score, "confidence must lie between 0 and 1")) << score;
}

TEST_F(AnnotationValidation, ChoiceAndSpanFieldsTakeTheirOwnKindOfAnswer)
{
    auto spansOnChoice = refusal(byUser(0, 0, category, spans({{0, 2, label(category, "表扬")}})));
    EXPECT_TRUE(mentions(spansOnChoice, "takes labels, not spans")) << spansOnChoice;
    auto choicesOnSpans = refusal(byUser(0, 0, entities, choices({label(entities, "PER")})));
    EXPECT_TRUE(mentions(choicesOnSpans, "takes spans, not labels")) << choicesOnSpans;
}

TEST_F(AnnotationValidation, SpansLieInsideTheTextCountedInCodePoints)
{
    const std::int64_t per = label(entities, "PER");
    // Item 1 is "李四说𠀀字很难认": 8 code points, 9 UTF-16 units, 26 bytes.
    EXPECT_EQ(refusal(byUser(0, 1, entities, spans({{0, 2, per}, {3, 8, per}}))), "");
    auto past = refusal(byUser(1, 1, entities, spans({{6, 9, per}})));
    EXPECT_TRUE(mentions(past, "span [6, 9) lies outside the text (length 8 characters)")) << past;
    auto negative = refusal(byUser(1, 1, entities, spans({{-1, 2, per}})));
    EXPECT_TRUE(mentions(negative, "lies outside the text")) << negative;
    auto empty = refusal(byUser(1, 1, entities, spans({{3, 3, per}})));
    EXPECT_TRUE(mentions(empty, "span [3, 3) is empty or reversed")) << empty;
    auto reversed = refusal(byUser(1, 1, entities, spans({{5, 2, per}})));
    EXPECT_TRUE(mentions(reversed, "span [5, 2) is empty or reversed")) << reversed;
}

TEST_F(AnnotationValidation, OverlapsAreRefusedUnlessTheFieldAllowsThem)
{
    const std::int64_t per = label(entities, "PER");
    const std::int64_t loc = label(entities, "LOC");
    auto overlap = refusal(byUser(0, 0, entities, spans({{3, 5, loc}, {0, 4, per}})));
    EXPECT_TRUE(mentions(overlap, "spans [0, 4) and [3, 5) overlap")) << overlap;
    EXPECT_EQ(refusal(byUser(0, 0, entities, spans({{0, 2, per}, {3, 5, loc}, {2, 3, per}}))), "")
        << "touching spans do not overlap";

    const std::int64_t nestedPer = label(nested, "PER");
    const std::int64_t org = label(nested, "ORG");
    EXPECT_EQ(refusal(byUser(0, 0, nested, spans({{0, 7, org}, {0, 2, nestedPer}}))), "");
    auto duplicate = refusal(byUser(1, 0, nested, spans({{0, 2, nestedPer}, {0, 2, nestedPer}})));
    EXPECT_TRUE(mentions(duplicate, "span [0, 2) is given twice")) << duplicate;
    auto sameRangeTwoLabels =
        refusal(byUser(1, 0, nested, spans({{0, 2, nestedPer}, {0, 2, org}})));
    EXPECT_EQ(sameRangeTwoLabels, "")
        << "one range may carry two labels where overlaps are allowed";
}

TEST_F(AnnotationValidation, AnAnnotationHasExactlyOneAuthorAndAnExistingItem)
{
    NewAnnotation both = byUser(0, 0, category, choices({label(category, "表扬")}));
    both.author.modelId = addModel(category);
    auto added = project->annotations().add(both);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::InvalidArgument);
    NewAnnotation missing = byUser(0, 0, category, choices({label(category, "表扬")}));
    missing.itemId = 424242;
    EXPECT_EQ(project->annotations().add(missing).error().code, ErrorCode::NotFound);
}
