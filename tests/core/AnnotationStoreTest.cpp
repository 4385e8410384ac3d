#include "AnnotationFixture.h"
#include "storage/Database.h"

using namespace assay;
using namespace assay::core;

namespace {

class AnnotationStoreTest : public test::AnnotationFixture
{
protected:
    // Label ids indexed for an annotation, sorted.
    std::vector<std::int64_t> indexedLabels(std::int64_t annotationId)
    {
        auto stmt = project->database().prepare(
            "SELECT label_id FROM annotation_labels WHERE annotation_id = ? ORDER BY label_id");
        EXPECT_TRUE(stmt.ok());
        stmt->bind(1, annotationId);
        std::vector<std::int64_t> ids;
        while (*stmt->step())
            ids.push_back(stmt->columnInt(0));
        return ids;
    }
};

} // namespace

TEST_F(AnnotationStoreTest, ASecondSubmissionIsVersionTwoAndSupersedesTheFirst)
{
    const std::int64_t delay = label(category, "投诉/延误");
    const std::int64_t attitude = label(category, "投诉/态度");
    auto first = project->annotations().add(byUser(0, 2, category, choices({delay})));
    ASSAY_ASSERT_OK(first);
    EXPECT_EQ(first->version, 1);
    EXPECT_TRUE(first->current);

    NewAnnotation change = byUser(0, 2, category, choices({attitude}));
    change.timeSpentMs = 4200;
    auto second = project->annotations().add(change);
    ASSAY_ASSERT_OK(second);
    EXPECT_EQ(second->version, 2);
    EXPECT_NE(second->id, first->id);

    auto all = project->annotations().forItem(items[2], false);
    ASSAY_ASSERT_OK(all);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_FALSE((*all)[0].current);
    EXPECT_EQ((*all)[0].value.choices.at(0).labelId, delay) << "the old version is kept as it was";
    EXPECT_TRUE((*all)[1].current);
    EXPECT_EQ((*all)[1].timeSpentMs, 4200);

    auto current = project->annotations().forItem(items[2]);
    ASSAY_ASSERT_OK(current);
    ASSERT_EQ(current->size(), 1u);
    EXPECT_EQ((*current)[0].version, 2);
    auto mine = project->annotations().current(items[2], category.id, Author::user(users[0]));
    ASSAY_ASSERT_OK(mine);
    ASSERT_TRUE(*mine);
    EXPECT_EQ((*mine)->value.choices.at(0).labelId, attitude);

    // Another author's versions are counted separately.
    auto bobs = project->annotations().add(byUser(1, 2, category, choices({delay})));
    ASSAY_ASSERT_OK(bobs);
    EXPECT_EQ(bobs->version, 1);
    EXPECT_EQ(project->annotations().forItem(items[2])->size(), 2u);
}

TEST_F(AnnotationStoreTest, TheDatabaseRefusesToChangeOrDeleteStoredVersions)
{
    auto stored =
        project->annotations().add(byUser(0, 0, category, choices({label(category, "表扬")})));
    ASSAY_ASSERT_OK(stored);
    Database &db = project->database();
    const std::string id = std::to_string(stored->id);
    const auto before = test::snapshot(*project);
    const auto value = db.queryInt("SELECT length(value) FROM annotations WHERE id = " + id);

    for (const std::string &sql :
         {"UPDATE annotations SET value = '{\"labels\":[1]}' WHERE id = " + id,
          "UPDATE annotations SET user_id = " + std::to_string(users[1]) + " WHERE id = " + id,
          "UPDATE annotations SET created_at = 0 WHERE id = " + id,
          "UPDATE annotations SET version = 7 WHERE id = " + id,
          "DELETE FROM annotations WHERE id = " + id, std::string("DELETE FROM annotations")}) {
        auto status = db.exec(sql);
        ASSERT_FALSE(status.ok()) << sql;
        EXPECT_NE(status.error().message.find("never"), std::string::npos)
            << status.error().message;
    }
    EXPECT_EQ(test::snapshot(*project), before);
    EXPECT_EQ(*db.queryInt("SELECT length(value) FROM annotations WHERE id = " + id), *value);
    EXPECT_EQ(*db.queryInt("SELECT version FROM annotations WHERE id = " + id), 1);
}

TEST_F(AnnotationStoreTest, IndexesEveryLabelOfAPersonButOnlyAModelsTopChoice)
{
    const std::int64_t urgent = label(tags, "紧急");
    const std::int64_t night = label(tags, "夜间");
    auto person = project->annotations().add(byUser(0, 0, tags, choices({night, urgent})));
    ASSAY_ASSERT_OK(person);
    EXPECT_EQ(indexedLabels(person->id),
              (std::vector<std::int64_t>{std::min(urgent, night), std::max(urgent, night)}));

    const std::int64_t a = label(category, "投诉/态度");
    const std::int64_t b = label(category, "投诉/延误");
    NewAnnotation prediction{
        items[0],     category.id, Author::model(addModel(category)), choices({b, a}, {0.6, 0.4}),
        std::nullopt, std::nullopt};
    auto model = project->annotations().add(prediction);
    ASSAY_ASSERT_OK(model);
    EXPECT_EQ(indexedLabels(model->id), (std::vector<std::int64_t>{b}));
    ASSERT_EQ(model->value.choices.size(), 2u);
    auto read = project->annotations().current(items[0], category.id, prediction.author);
    ASSAY_ASSERT_OK(read);
    ASSERT_TRUE(*read);
    EXPECT_EQ((*read)->value, prediction.value) << "ranking and scores are stored";

    const std::int64_t per = label(entities, "PER");
    const std::int64_t loc = label(entities, "LOC");
    auto spanned =
        project->annotations().add(byUser(0, 0, entities, spans({{0, 2, per}, {3, 5, loc}})));
    ASSAY_ASSERT_OK(spanned);
    EXPECT_EQ(indexedLabels(spanned->id),
              (std::vector<std::int64_t>{std::min(per, loc), std::max(per, loc)}));

    // The item filter finds items by the labels of their current annotations.
    ItemFilter filter;
    filter.labelId = b;
    auto found = project->items().page(0, 10, filter);
    ASSAY_ASSERT_OK(found);
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ((*found)[0].id, items[0]);
    filter.labelId = a;
    EXPECT_TRUE(project->items().page(0, 10, filter)->empty()) << "second choices are not indexed";
}

TEST_F(AnnotationStoreTest, StoredValuesRoundTripThroughJson)
{
    AnnotationValue value = choices({5, 3}, {0.25, 0.125});
    const std::string json = value.toStorageJson();
    EXPECT_EQ(json, "{\"labels\":[5,3],\"scores\":[0.25,0.125]}");
    EXPECT_EQ(AnnotationValue::fromStorageJson(json), value);
    AnnotationValue spanned = spans({{0, 3, 7}, {4, 9, 8}});
    EXPECT_EQ(spanned.toStorageJson(), "{\"spans\":[[0,3,7],[4,9,8]]}");
    EXPECT_EQ(AnnotationValue::fromStorageJson(spanned.toStorageJson()), spanned);
    EXPECT_FALSE(AnnotationValue::fromStorageJson("not json"));
    EXPECT_FALSE(AnnotationValue::fromStorageJson("{\"spans\":[[1,2]]}"));
    EXPECT_TRUE(value.sameAnswer(choices({3, 5})));
    EXPECT_FALSE(value.sameAnswer(choices({3})));
}
