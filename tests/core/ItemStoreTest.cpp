#include "AnnotationFixture.h"
#include "io/ContentHashIndex.h"

using namespace assay;
using namespace assay::core;

namespace {

using Ids = std::vector<std::int64_t>;

class ItemStoreTest : public test::AnnotationFixture
{
protected:
    Ids pageIds(std::int64_t afterId, int limit, const ItemFilter &filter = {})
    {
        auto page = project->items().page(afterId, limit, filter);
        EXPECT_TRUE(page.ok()) << page.error().toString();
        Ids ids;
        if (page.ok())
            for (const Item &item : *page)
                ids.push_back(item.id);
        return ids;
    }
};

} // namespace

TEST_F(ItemStoreTest, LooksItemsUpByIdAndExternalId)
{
    auto item = project->items().get(items[1]);
    ASSAY_ASSERT_OK(item);
    EXPECT_EQ(item->externalId, "t2");
    EXPECT_EQ(item->length, 8);
    EXPECT_EQ(item->contentHash, contentHash(item->text));
    EXPECT_EQ(project->items().get(999).error().code, ErrorCode::NotFound);
    auto found = project->items().findByExternalId("t3");
    ASSAY_ASSERT_OK(found);
    ASSERT_TRUE(*found);
    EXPECT_EQ((*found)->id, items[2]);
    EXPECT_FALSE(*project->items().findByExternalId("t9"));
    EXPECT_EQ(*project->items().countByExternalId("t3"), 1);
    EXPECT_EQ(*project->items().countByExternalId("t9"), 0);
}

TEST_F(ItemStoreTest, PagesByIdWithFilters)
{
    EXPECT_EQ(pageIds(0, 2), (Ids{items[0], items[1]}));
    EXPECT_EQ(pageIds(items[1], 10), (Ids{items[2], items[3], items[4]}));

    ASSAY_ASSERT_OK(project->items().setState(items[3], ItemState::Conflict));
    ItemFilter conflicts;
    conflicts.state = ItemState::Conflict;
    EXPECT_EQ(pageIds(0, 10, conflicts), (Ids{items[3]}));

    ImportOptions more;
    more.path = dir.write("more.jsonl", "{\"text\": \"第二批\"}\n");
    const auto report = ItemImporter(*project).run(more);
    ASSERT_TRUE(report.ok);
    ItemFilter batch;
    batch.batchId = report.batchId;
    const Ids second = pageIds(0, 10, batch);
    ASSERT_EQ(second.size(), 1u);
    EXPECT_GT(second[0], items[4]);

    ASSAY_ASSERT_OK(
        project->annotations().add(byUser(1, 2, category, choices({label(category, "表扬")}))));
    ItemFilter byBob;
    byBob.annotatorId = users[1];
    EXPECT_EQ(pageIds(0, 10, byBob), (Ids{items[2]}));
    byBob.state = ItemState::New;
    EXPECT_EQ(pageIds(0, 10, byBob), (Ids{items[2]}));
    byBob.state = ItemState::Gold;
    EXPECT_EQ(pageIds(0, 10, byBob), Ids{});
}

TEST_F(ItemStoreTest, StateChangesKeepTheCountsTrue)
{
    ItemStore &store = project->items();
    EXPECT_EQ(*store.count(), 5);
    ASSAY_ASSERT_OK(store.setState(items[0], ItemState::Accepted));
    ASSAY_ASSERT_OK(store.setState(items[0], ItemState::Accepted)); // a no-op
    ASSAY_ASSERT_OK(store.setState(items[1], ItemState::Gold));
    EXPECT_EQ(store.setState(999, ItemState::Gold).error().code, ErrorCode::NotFound);
    const auto counts = *store.stateCounts();
    EXPECT_EQ(counts[static_cast<int>(ItemState::New)], 3);
    EXPECT_EQ(counts[static_cast<int>(ItemState::Accepted)], 1);
    EXPECT_EQ(counts[static_cast<int>(ItemState::Gold)], 1);
    EXPECT_EQ(counts, recount());
    EXPECT_EQ(*store.count(), 5);

    // A damaged count table is repaired by a recount.
    ASSAY_ASSERT_OK(project->database().exec("UPDATE state_counts SET count = 40 WHERE state = 0"));
    EXPECT_NE(*store.stateCounts(), recount());
    ASSAY_ASSERT_OK(store.recountStates());
    EXPECT_EQ(*store.stateCounts(), recount());
}

TEST_F(ItemStoreTest, StateNamesRoundTrip)
{
    for (ItemState state : kAllItemStates)
        EXPECT_EQ(parseItemState(itemStateName(state)), state) << itemStateName(state);
    EXPECT_EQ(itemStateName(ItemState::InProgress), "in-progress");
    EXPECT_FALSE(parseItemState("done"));
    EXPECT_TRUE(isOpenForAnnotation(ItemState::Returned));
    EXPECT_FALSE(isOpenForAnnotation(ItemState::Conflict));
}

TEST(ContentHashIndex, RemembersWhereEachHashWasFirstSeenAcrossGrowth)
{
    ContentHashIndex index(4);
    for (std::int64_t i = 1; i <= 5000; ++i)
        EXPECT_EQ(index.insert(contentHash(std::to_string(i)), i), 0) << i;
    EXPECT_EQ(index.size(), 5000u);
    for (std::int64_t i = 1; i <= 5000; i += 499)
        EXPECT_EQ(index.insert(contentHash(std::to_string(i)), -1), i) << i;
    EXPECT_EQ(index.insert(contentHash("new"), -7), 0);
    EXPECT_EQ(index.insert(contentHash("new"), 3), -7) << "negative places are item ids";
    EXPECT_EQ(index.size(), 5001u);
}
