#include "search/TextQuery.h"

#include "TestSupport.h"

using namespace assay::core;

TEST(TextQuery, TrimsAndPreparesThePatterns)
{
    auto query = TextQuery::parse("\u3000 WiFi信号 \t");
    ASSAY_ASSERT_OK(query);
    EXPECT_EQ(query->text(), "WiFi信号");
    EXPECT_EQ(query->needle(), "wifi信号");
    EXPECT_TRUE(query->ignoresCase());
    EXPECT_TRUE(query->usesIndex());
    EXPECT_FALSE(query->hasWildcards());
    EXPECT_EQ(query->indexPattern(), "%WiFi信号%");
}

TEST(TextQuery, OnlyThreeCharactersInARowUseTheIndex)
{
    EXPECT_FALSE(TextQuery::parse("物")->usesIndex());
    EXPECT_FALSE(TextQuery::parse("物业")->usesIndex());
    EXPECT_TRUE(TextQuery::parse("物业费")->usesIndex());
    EXPECT_FALSE(TextQuery::parse("物业")->ignoresCase());
    // LIKE wildcards split the runs: "50%折扣" has "50" and "折扣", neither long enough.
    auto wild = TextQuery::parse("50%折扣");
    ASSAY_ASSERT_OK(wild);
    EXPECT_FALSE(wild->usesIndex());
    EXPECT_TRUE(wild->hasWildcards());
    EXPECT_EQ(wild->indexPattern(), "%50_折扣%");
    EXPECT_EQ(wild->needle(), "50%折扣");
    EXPECT_TRUE(TextQuery::parse("打折50%")->usesIndex());
    // FTS5 syntax means nothing here.
    auto syntax = TextQuery::parse("\"a\" OR b*");
    ASSAY_ASSERT_OK(syntax);
    EXPECT_TRUE(syntax->usesIndex());
    EXPECT_EQ(syntax->indexPattern(), "%\"a\" OR b*%");
}

TEST(TextQuery, RefusesWhatCannotBeSearchedSayingWhy)
{
    auto empty = TextQuery::parse(" \u3000 ");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::InvalidArgument);
    EXPECT_NE(empty.error().message.find("empty"), std::string::npos);
    auto broken = TextQuery::parse("\xE7\x89 物业");
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::Encoding);
    auto tooLong = TextQuery::parse(std::string(TextQuery::kMaxLength + 1, 'a'));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_NE(tooLong.error().message.find("1001"), std::string::npos);
    EXPECT_TRUE(TextQuery::parse(std::string(TextQuery::kMaxLength, 'a')).ok());
}
