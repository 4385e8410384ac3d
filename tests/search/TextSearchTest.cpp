#include "search/TextSearch.h"

#include "TestSupport.h"
#include "io/ItemImporter.h"
#include "search/TextQuery.h"
#include "storage/Migrations.h"

#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <thread>

using namespace assay;
using namespace assay::core;

namespace {

// Pieces of hotline-like text, including characters that mean something to FTS5 query
// syntax or to LIKE, and a text holding every trigram of "abcbcd" but not the string.
const std::vector<std::string> kPieces = {
    "物业",
    "物业费",
    "供暖不热",
    "电梯故障",
    "噪音扰民",
    "WiFi信号差",
    "小区门口",
    "垃圾清运",
    "OR",
    "\"引号\"",
    "a*b",
    "-减号-",
    "打折50%",
    "a_b",
    "axb",
    "反斜杠\\",
    "物业 OR 供暖",
    "wifi",
    "abc bcb cbc bcd",
    "业主",
    "服务态度差",
};

std::string corpusText(std::size_t i)
{
    const std::size_t n = kPieces.size();
    return kPieces[i % n] + "，" + kPieces[(i * 7 + 3) % n] + kPieces[(i * 13 + 5) % n] + "。";
}

std::string lowerAscii(std::string text)
{
    for (char &c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

class TextSearchTest : public ::testing::Test

{
protected:
    void SetUp() override { m_project = test::createProject(m_dir); }

    /// Imports `texts` as one batch and returns its id.
    std::int64_t import(const std::vector<std::string> &texts)
    {
        std::string jsonl;
        for (const std::string &text : texts)
            jsonl += nlohmann::json{{"text", text}}.dump() + "\n";
        ImportOptions options;
        options.path = m_dir.write("batch" + std::to_string(++m_batches) + ".jsonl", jsonl);
        const ImportReport report = ItemImporter(*m_project).run(options);
        EXPECT_TRUE(report.ok) << report.failure.toString();
        return report.batchId;
    }

    std::vector<std::string> corpus(std::size_t from, std::size_t count)
    {
        std::vector<std::string> texts;
        for (std::size_t i = from; i < from + count; ++i)
            texts.push_back(corpusText(i));
        return texts;
    }

    /// What a search must return, worked out by reading every item.
    std::vector<std::int64_t> expected(std::string_view query,
                                       const std::function<bool(const Item &)> &keep = {})
    {
        auto items = m_project->items().page(0, 1000000);
        EXPECT_TRUE(items.ok());
        std::vector<std::int64_t> ids;
        const std::string needle = lowerAscii(std::string(query));
        for (const Item &item : *items)
            if (lowerAscii(item.text).find(needle) != std::string::npos && (!keep || keep(item)))
                ids.push_back(item.id);
        return ids;
    }

    /// Every match, fetched `pageSize` at a time as the data view pages.
    std::vector<std::int64_t> findAll(TextSearch &search, std::string_view query, int pageSize,
                                      const ItemFilter &filter = {})
    {
        std::vector<std::int64_t> all;
        std::int64_t after = 0;
        for (int guard = 0; guard < 10000; ++guard) {
            auto page = search.find(query, after, pageSize, filter);
            EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().toString());
            if (!page.ok())
                break;
            EXPECT_LE(static_cast<int>(page->size()), pageSize);
            all.insert(all.end(), page->begin(), page->end());
            if (static_cast<int>(page->size()) < pageSize)
                break;
            after = page->back();
        }
        return all;
    }

    void expectIndexMatchesItems()
    {
        ASSAY_ASSERT_OK(m_project->database().exec(
            "INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)"));
    }

    test::TempDir m_dir;
    std::unique_ptr<Project> m_project;
    int m_batches = 0;
};

const std::vector<std::string> kQueries = {
    // 1 and 2 characters: scanned
    "物", "业", "物业", "Wi", "热", "-", "*", "%", "_", "\"", "\\", "OR", "a_b", "50%",
    // 3 and more: through the index
    "物业费", "信号差", "wifi", "WIFI信号", "\"引号\"", "a*b", "-减号-", "打折50%", "物业 OR 供暖",
    "反斜杠\\", "abcbcd", "abc", "服务态度差。", "不存在的文本"};

} // namespace

TEST_F(TextSearchTest, FindsWhatTheTextsContainBeforeDuringAndAfterIndexing)
{
    import(corpus(0, 90));
    TextSearch search(m_project->database());
    for (const std::string &query : kQueries)
        EXPECT_EQ(findAll(search, query, 7), expected(query)) << "not indexed: " << query;

    // Stop after the first batch: the rest is found by scanning.
    auto stopped = search.ensureIndexed([](std::uint64_t, std::uint64_t) { return false; }, 25);
    ASSERT_FALSE(stopped.ok());
    EXPECT_EQ(stopped.error().code, ErrorCode::Cancelled);
    auto state = search.indexState();
    ASSAY_ASSERT_OK(state);
    EXPECT_EQ(state->pending, 65);
    for (const std::string &query : kQueries)
        EXPECT_EQ(findAll(search, query, 4), expected(query)) << "partly indexed: " << query;

    std::vector<std::uint64_t> reported;
    ASSAY_ASSERT_OK(search.ensureIndexed(
        [&](std::uint64_t done, std::uint64_t total) {
            reported.push_back(done);
            EXPECT_EQ(total, 65u);
            return true;
        },
        25));
    EXPECT_EQ(reported, (std::vector<std::uint64_t>{25, 50, 65}));
    EXPECT_EQ(search.indexState()->pending, 0);
    expectIndexMatchesItems();
    for (const std::string &query : kQueries) {
        EXPECT_EQ(findAll(search, query, 5), expected(query)) << "indexed: " << query;
        EXPECT_EQ(findAll(search, query, 1000), expected(query)) << "one page: " << query;
    }
}

TEST_F(TextSearchTest, LongQueriesAreAnsweredFromTheIndexShortOnesByScanning)
{
    import(corpus(0, 40));
    TextSearch search(m_project->database());
    ASSAY_ASSERT_OK(search.ensureIndexed());
    ASSERT_FALSE(expected("物业费").empty());
    ASSERT_FALSE(expected("物业").empty());
    // Empty the index behind the search's back: what it still finds, it found by scanning.
    ASSAY_ASSERT_OK(
        m_project->database().exec("INSERT INTO items_fts (items_fts) VALUES ('delete-all')"));
    EXPECT_TRUE(findAll(search, "物业费", 10).empty());
    EXPECT_EQ(findAll(search, "物业", 10), expected("物业"));
    EXPECT_EQ(findAll(search, "a_b", 10), expected("a_b")); // no 3 literal characters in a row
}

TEST_F(TextSearchTest, StepsLookAtABoundedStretchOfItemsAtATime)
{
    import(corpus(0, 90));
    TextSearch search(m_project->database());
    // Index items 1–40 only: the steps cross from the index to the scanned rest.
    EXPECT_FALSE(search.ensureIndexed([](std::uint64_t, std::uint64_t) { return false; }, 40).ok());
    ASSERT_EQ(search.indexState()->indexedThrough, 40);
    for (const std::string &query : kQueries) {
        std::vector<std::int64_t> all;
        std::int64_t after = 0;
        int steps = 0;
        while (true) {
            auto step = search.findStep(query, after, 4, 7);
            ASSAY_ASSERT_OK(step);
            ASSERT_LE(step->ids.size(), 4u);
            ASSERT_GT(step->lookedThrough, after) << query; // always moves on
            ASSERT_LE(step->lookedThrough, after + 7);
            for (std::int64_t id : step->ids) {
                EXPECT_GT(id, after);
                EXPECT_LE(id, step->lookedThrough);
            }
            all.insert(all.end(), step->ids.begin(), step->ids.end());
            after = step->lookedThrough;
            ++steps;
            if (step->finished)
                break;
            ASSERT_LT(steps, 200);
        }
        EXPECT_EQ(after, 90);
        EXPECT_EQ(all, expected(query)) << query;
    }
    auto past = search.findStep("物业", 90, 10, 5);
    ASSAY_ASSERT_OK(past);
    EXPECT_TRUE(past->ids.empty());
    EXPECT_TRUE(past->finished);
    EXPECT_FALSE(search.findStep("物业", 0, 10, 0).ok());
}

TEST_F(TextSearchTest, SyntaxCharactersAreSearchedForAsPlainText)
{
    import(corpus(0, 60));
    TextSearch search(m_project->database());
    ASSAY_ASSERT_OK(search.ensureIndexed());
    // "a_b" must not find "axb", "物业 OR 供暖" is a phrase, not two alternatives.
    const auto underscore = findAll(search, "a_b", 100);
    ASSERT_FALSE(underscore.empty());
    for (std::int64_t id : underscore)
        EXPECT_NE(m_project->items().get(id)->text.find("a_b"), std::string::npos);
    const auto phrase = findAll(search, "物业 OR 供暖", 100);
    ASSERT_FALSE(phrase.empty());
    EXPECT_LT(phrase.size(), findAll(search, "物业", 100).size());
    // Every trigram of "abcbcd" occurs in "abc bcb cbc bcd", the string itself nowhere.
    EXPECT_FALSE(findAll(search, "abc bcb", 100).empty());
    EXPECT_TRUE(findAll(search, "abcbcd", 100).empty());
}

TEST_F(TextSearchTest, IgnoresSurroundingBlanksAndRefusesUnsearchableQueries)
{
    import(corpus(0, 30));
    TextSearch search(m_project->database());
    EXPECT_EQ(*search.find("  物业费\u3000", 0, 100), *search.find("物业费", 0, 100));
    for (const std::string &bad : {std::string(), std::string(" \t\u3000"), std::string("\xE7\x89"),
                                   std::string(TextQuery::kMaxLength + 1, 'a')}) {
        auto found = search.find(bad, 0, 10);
        ASSERT_FALSE(found.ok());
        EXPECT_FALSE(found.error().message.empty());
    }
    EXPECT_TRUE(search.find("物业", 0, 0)->empty());
    EXPECT_EQ(search.ensureIndexed({}, 0).error().code, ErrorCode::InvalidArgument);
}

TEST_F(TextSearchTest, CombinesWithStateBatchAnnotatorAndLabelFilters)
{
    import(corpus(0, 40));
    const std::int64_t second = import(corpus(40, 40));
    ItemStore &items = m_project->items();
    for (std::int64_t id = 1; id <= 80; id += 3)
        ASSAY_ASSERT_OK(items.setState(id, ItemState::Accepted));

    Field field;
    field.name = "category";
    auto added = m_project->schema().addField(field);
    ASSAY_ASSERT_OK(added);
    std::vector<LabelSpec> labels(2);
    labels[0].path = {"物业"};
    labels[1].path = {"供暖"};
    ASSAY_ASSERT_OK(m_project->schema().addLabels(added->id, labels));
    auto taxonomy = m_project->schema().taxonomy(added->id);
    ASSAY_ASSERT_OK(taxonomy);
    const std::int64_t property = (*taxonomy)->byPath("物业")->id;
    const std::int64_t heating = (*taxonomy)->byPath("供暖")->id;
    auto user = m_project->users().add("ann", {Role::Annotator});
    ASSAY_ASSERT_OK(user);
    for (std::int64_t id = 2; id <= 80; id += 4) {
        NewAnnotation annotation;
        annotation.itemId = id;
        annotation.fieldId = added->id;
        annotation.author = Author::user(user->id);
        annotation.value.choices.push_back({id % 8 == 2 ? property : heating, std::nullopt});
        ASSAY_ASSERT_OK(m_project->annotations().add(annotation));
    }

    TextSearch search(m_project->database());
    ASSAY_ASSERT_OK(search.ensureIndexed({}, 30));
    auto check = [&](const ItemFilter &filter, const std::function<bool(const Item &)> &keep,
                     const char *what) {
        for (const char *query : {"物业", "物业费", "wifi", "-"}) {
            const auto want = expected(query, keep);
            EXPECT_EQ(findAll(search, query, 3, filter), want) << what << ": " << query;
            auto pageOfItems = items.page(0, 1000, filter);
            ASSAY_ASSERT_OK(pageOfItems);
            for (std::int64_t id : want)
                EXPECT_TRUE(std::any_of(pageOfItems->begin(), pageOfItems->end(),
                                        [&](const Item &i) { return i.id == id; }));
        }
    };
    ItemFilter accepted;
    accepted.state = ItemState::Accepted;
    check(
        accepted, [](const Item &i) { return i.state == ItemState::Accepted; }, "state");
    ItemFilter batch;
    batch.batchId = second;
    check(
        batch, [&](const Item &i) { return i.batchId == second; }, "batch");
    ItemFilter byAnnotator;
    byAnnotator.annotatorId = user->id;
    check(
        byAnnotator, [](const Item &i) { return i.id % 4 == 2; }, "annotator");
    ItemFilter byLabel;
    byLabel.labelId = property;
    check(
        byLabel, [](const Item &i) { return i.id % 8 == 2; }, "label");
    ItemFilter both = byLabel;
    both.state = ItemState::Accepted;
    check(
        both, [](const Item &i) { return i.id % 8 == 2 && i.state == ItemState::Accepted; },
        "label and state");
}

TEST_F(TextSearchTest, IndexesOnlyWhatASecondImportAdded)
{
    import(corpus(0, 50));
    TextSearch search(m_project->database());
    ASSAY_ASSERT_OK(search.ensureIndexed());
    EXPECT_EQ(search.indexState()->indexedThrough, 50);

    import(corpus(50, 30));
    EXPECT_EQ(search.indexState()->pending, 30);
    EXPECT_EQ(findAll(search, "物业费", 4), expected("物业费")); // new items found by scanning
    std::uint64_t lastTotal = 0;
    ASSAY_ASSERT_OK(search.ensureIndexed([&](std::uint64_t, std::uint64_t total) {
        lastTotal = total;
        return true;
    }));
    EXPECT_EQ(lastTotal, 30u);
    EXPECT_EQ(search.indexState()->indexedThrough, 80);
    EXPECT_EQ(search.indexState()->pending, 0);
    expectIndexMatchesItems();
    EXPECT_EQ(findAll(search, "物业费", 4), expected("物业费"));
    const auto late = expected("物业费");
    EXPECT_GT(late.back(), 50); // the second import holds matches too

    // Nothing new: nothing to do, no progress reported.
    bool called = false;
    ASSAY_ASSERT_OK(
        search.ensureIndexed([&](std::uint64_t, std::uint64_t) { return called = true; }));
    EXPECT_FALSE(called);
}

TEST_F(TextSearchTest, TwoConnectionsIndexingAtOnceIndexEachItemOnce)
{
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < 3000; ++i)
        texts.push_back(corpusText(i));
    import(texts);
    const std::string path = m_project->path();
    std::vector<std::string> failures(2);
    auto work = [&](std::size_t which) {
        auto project = Project::open(path);
        if (!project) {
            failures[which] = project.error().toString();
            return;
        }
        TextSearch search((*project)->database());
        if (auto indexed = search.ensureIndexed({}, 50); !indexed)
            failures[which] = indexed.error().toString();
    };
    std::thread first(work, 0);
    std::thread second(work, 1);
    first.join();
    second.join();
    EXPECT_EQ(failures, std::vector<std::string>(2));
    TextSearch search(m_project->database());
    EXPECT_EQ(search.indexState()->pending, 0);
    expectIndexMatchesItems();
    EXPECT_EQ(*search.count("物业费", {}, 100000),
              static_cast<std::int64_t>(expected("物业费").size()));
}

TEST_F(TextSearchTest, CountStopsAtItsCap)
{
    import(corpus(0, 80));
    TextSearch search(m_project->database());
    ASSAY_ASSERT_OK(search.ensureIndexed());
    const auto all = expected("物业");
    ASSERT_GT(all.size(), 5u);
    EXPECT_EQ(*search.count("物业"), static_cast<std::int64_t>(all.size()));
    EXPECT_EQ(*search.count("物业", {}, 5), 5);
    EXPECT_EQ(*search.count("物业费"), static_cast<std::int64_t>(expected("物业费").size()));
    EXPECT_EQ(*search.count("不存在的文本"), 0);
}

TEST_F(TextSearchTest, IndexFollowsDeletedAndChangedItems)
{
    import(corpus(0, 40));
    TextSearch search(m_project->database());
    ASSAY_ASSERT_OK(search.ensureIndexed());
    Database &db = m_project->database();

    const auto before = expected("物业费");
    ASSERT_GE(before.size(), 2u);
    ASSAY_ASSERT_OK(db.exec("DELETE FROM items WHERE id = " + std::to_string(before.front())));
    expectIndexMatchesItems();
    EXPECT_EQ(findAll(search, "物业费", 10), expected("物业费"));

    ASSAY_ASSERT_OK(db.exec("UPDATE items SET text = '改成了电梯故障问题' WHERE id = " +
                            std::to_string(before.back())));
    expectIndexMatchesItems();
    EXPECT_EQ(findAll(search, "物业费", 10), expected("物业费"));
    EXPECT_EQ(findAll(search, "改成了", 10), std::vector<std::int64_t>{before.back()});

    // Deleting the newest item lets SQLite give its id to the next import: it is indexed again.
    ASSAY_ASSERT_OK(db.exec("DELETE FROM items WHERE id = 40"));
    EXPECT_EQ(search.indexState()->indexedThrough, 39);
    import({"新导入的物业费投诉"});
    EXPECT_EQ(search.indexState()->pending, 1);
    ASSAY_ASSERT_OK(search.ensureIndexed());
    expectIndexMatchesItems();
    EXPECT_EQ(findAll(search, "新导入", 10), std::vector<std::int64_t>{40});
}

TEST_F(TextSearchTest, MigratingAVersion1ProjectAddsAnEmptyIndex)
{
    import(corpus(0, 10));
    const std::string path = m_project->path();
    test::downgradeToVersion2(m_project->database());
    ASSAY_ASSERT_OK(m_project->database().exec(
        "DROP TRIGGER items_fts_delete; DROP TRIGGER items_fts_update; DROP TABLE items_fts; "
        "PRAGMA user_version = 1"));
    m_project.reset();

    auto reopened = Project::open(path);
    ASSAY_ASSERT_OK(reopened);
    m_project = std::move(*reopened);
    EXPECT_EQ(*m_project->database().queryInt("PRAGMA user_version"), kSchemaVersion);
    TextSearch search(m_project->database());
    EXPECT_EQ(search.indexState()->pending, 10);
    EXPECT_EQ(findAll(search, "物业费", 3), expected("物业费"));
    ASSAY_ASSERT_OK(search.ensureIndexed());
    expectIndexMatchesItems();
    EXPECT_EQ(findAll(search, "物业费", 3), expected("物业费"));
}
