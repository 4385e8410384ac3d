#include "search/TextContains.h"

#include "TestSupport.h"
#include "storage/Database.h"

using namespace assay;
using namespace assay::core;

TEST(TextContains, FindsBytesAnywhere)
{
    EXPECT_TRUE(textContains("市民反映物业费过高", "物业", false));
    EXPECT_TRUE(textContains("物业", "物业", false));
    EXPECT_TRUE(textContains("abc", "", false));
    EXPECT_FALSE(textContains("物", "物业", false));
    EXPECT_FALSE(textContains("市民反映物业费过高", "物管", false));
    EXPECT_FALSE(textContains("WiFi", "wifi", false));
}

TEST(TextContains, IgnoresTheCaseOfAsciiLettersOnlyWhenAsked)
{
    EXPECT_TRUE(textContains("小区WiFi信号差", "wifi", true));
    EXPECT_TRUE(textContains("WIFI", "wifi", true));
    EXPECT_TRUE(textContains("xWwIfI", "wifi", true)); // a false start before the match
    EXPECT_TRUE(textContains("a_b", "a_b", true));
    EXPECT_FALSE(textContains("axb", "a_b", true));
    EXPECT_FALSE(textContains("WiF", "wifi", true));
    EXPECT_FALSE(textContains("ÉTÉ", "été", true)); // only ASCII letters fold
}

TEST(TextContains, WorksAsAnSqlFunction)
{
    test::TempDir dir;
    auto db = Database::open(dir.file("f.db"), Database::OpenMode::ReadWriteCreate);
    ASSAY_ASSERT_OK(db);
    ASSAY_ASSERT_OK(registerTextContains(**db));
    ASSAY_ASSERT_OK(registerTextContains(**db));
    EXPECT_EQ(*(*db)->queryInt("SELECT assay_contains('小区WiFi信号差', 'wifi', 1)"), 1);
    EXPECT_EQ(*(*db)->queryInt("SELECT assay_contains('小区WiFi信号差', 'wifi', 0)"), 0);
    EXPECT_EQ(*(*db)->queryInt("SELECT assay_contains(NULL, 'wifi', 1)"), 0);
    EXPECT_EQ(*(*db)->queryInt("SELECT assay_contains('abc', '', 0)"), 1);
}
