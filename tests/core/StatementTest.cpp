#include "TestSupport.h"
#include "storage/Database.h"

using namespace assay;
using namespace assay::core;

TEST(Statement, AnEmptyViewBindsEmptyTextNotNull)
{
    test::TempDir dir;
    auto db = Database::open(dir.file("s.db"), Database::OpenMode::ReadWriteCreate);
    ASSAY_ASSERT_OK(db);
    ASSAY_ASSERT_OK((*db)->exec("CREATE TABLE t (v TEXT NOT NULL)"));
    auto insert = (*db)->prepare("INSERT INTO t (v) VALUES (?)");
    ASSAY_ASSERT_OK(insert);
    ASSAY_ASSERT_OK(insert->bind(1, std::string_view()).run());
    ASSAY_ASSERT_OK(insert->bind(1, std::string()).run());
    EXPECT_EQ(*(*db)->queryInt("SELECT count(*) FROM t WHERE v = ''"), 2);
    EXPECT_FALSE(insert->bindNull(1).run().ok()); // NULL is still NULL, and refused
}
