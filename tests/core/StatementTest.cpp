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

TEST(Statement, ATemporaryStringIsCopiedWhenBound)
{
    test::TempDir dir;
    auto db = Database::open(dir.file("s.db"), Database::OpenMode::ReadWriteCreate);
    ASSAY_ASSERT_OK(db);
    ASSAY_ASSERT_OK((*db)->exec("CREATE TABLE t (a TEXT, b TEXT)"));
    auto insert = (*db)->prepare("INSERT INTO t (a, b) VALUES (?, ?)");
    ASSAY_ASSERT_OK(insert);
    // Both temporaries are gone before the statement runs; new strings of the same size
    // would take their memory if the binds had kept only views of them.
    insert->bind(1, std::string(100, 'a')).bind(2, std::to_string(1234567) + std::string(93, 'b'));
    const std::string reuseA(100, 'z');
    const std::string reuseB(100, 'y');
    ASSAY_ASSERT_OK(insert->run());
    auto read = (*db)->prepare("SELECT a, b FROM t");
    ASSAY_ASSERT_OK(read);
    ASSERT_TRUE(*read->step());
    EXPECT_EQ(read->columnText(0), std::string(100, 'a'));
    EXPECT_EQ(read->columnText(1), "1234567" + std::string(93, 'b'));
    EXPECT_EQ(reuseA.size() + reuseB.size(), 200u);
}
