#include "model/LabelledDataReader.h"

#include "Command.h"
#include "ModelFixtures.h"
#include "model/ModelTrainer.h"

#include <sstream>

using namespace assay;
using namespace assay::core;

namespace {

std::string writeCsv(const test::TempDir &dir, const std::string &name,
                     const std::vector<test::LabelledRow> &rows, char delimiter = ',')
{
    const std::string d(1, delimiter);
    std::string content = "编号" + d + "留言详情" + d + "一级分类\n";
    for (std::size_t i = 0; i < rows.size(); ++i)
        content += std::to_string(i + 1) + d + rows[i].text + d + rows[i].label + "\n";
    return dir.write(name, content);
}

} // namespace

TEST(LabelledDataReader, ReadsCsvAndTsvByColumnName)
{
    test::TempDir dir;
    const std::string csv = dir.write("labels.csv", "编号,留言详情,一级分类\n"
                                                    "1,\"路灯坏了，晚上很黑\",城乡建设\n"
                                                    "\n"
                                                    "2,\"学校门口\n堵车\",交通运输\n");
    auto rows = LabelledDataReader::read({csv, "留言详情", "一级分类"});
    ASSERT_TRUE(rows.ok()) << rows.error().toString();
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].text, "路灯坏了，晚上很黑");
    EXPECT_EQ((*rows)[0].labels, std::vector<std::string>{"城乡建设"});
    EXPECT_EQ((*rows)[0].line, 2);
    EXPECT_EQ((*rows)[1].text, "学校门口\n堵车");
    EXPECT_EQ((*rows)[1].labels, std::vector<std::string>{"交通运输"});
    EXPECT_EQ((*rows)[1].line, 4);

    const std::string tsv = dir.write("labels.tsv", "text\tlabel\n灯不亮\t 城乡建设 \n");
    auto tabbed = LabelledDataReader::read({tsv, "text", "label"});
    ASSERT_TRUE(tabbed.ok()) << tabbed.error().toString();
    ASSERT_EQ(tabbed->size(), 1u);
    EXPECT_EQ((*tabbed)[0].labels, std::vector<std::string>{"城乡建设"});
}

TEST(LabelledDataReader, ReadsJsonlLabelListsAndNumbers)
{
    test::TempDir dir;
    const std::string path =
        dir.write("labels.jsonl",
                  "{\"text\":\"甲\",\"label\":[\"a\",\"b\"]}\n\n{\"text\":\"乙\",\"label\":7}\n");
    auto rows = LabelledDataReader::read({path, "text", "label"});
    ASSERT_TRUE(rows.ok()) << rows.error().toString();
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].labels, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ((*rows)[1].labels, std::vector<std::string>{"7"});
    EXPECT_EQ((*rows)[1].line, 3);
}

TEST(LabelledDataReader, BadRowsNameFileAndLine)
{
    test::TempDir dir;
    const std::string columns = dir.write("columns.csv", "text,label\n好,a\n坏,a,多余\n");
    auto extra = LabelledDataReader::read({columns, "text", "label"});
    ASSERT_FALSE(extra.ok());
    EXPECT_EQ(extra.error().file, columns);
    EXPECT_EQ(extra.error().line, 3);
    EXPECT_NE(extra.error().message.find("expected 2 columns"), std::string::npos);

    const std::string empty = dir.write("empty.csv", "text,label\n好,a\n\n空,\n");
    auto noLabel = LabelledDataReader::read({empty, "text", "label"});
    ASSERT_FALSE(noLabel.ok());
    EXPECT_EQ(noLabel.error().line, 4);
    EXPECT_NE(noLabel.error().message.find("'label'"), std::string::npos);
    EXPECT_NE(noLabel.error().toString().find("empty.csv:4"), std::string::npos)
        << noLabel.error().toString();

    const std::string header = dir.write("header.csv", "text,类别\n好,a\n");
    auto noColumn = LabelledDataReader::read({header, "text", "label"});
    ASSERT_FALSE(noColumn.ok());
    EXPECT_EQ(noColumn.error().line, 1);
    EXPECT_NE(noColumn.error().message.find("类别"), std::string::npos);
    EXPECT_NE(noColumn.error().message.find("--label-field"), std::string::npos);

    const std::string quote = dir.write("quote.csv", "text,label\n好,a\n\"没有结束,a\n");
    auto unclosed = LabelledDataReader::read({quote, "text", "label"});
    ASSERT_FALSE(unclosed.ok());
    EXPECT_EQ(unclosed.error().file, quote);
    EXPECT_GE(unclosed.error().line, 3);

    const std::string json =
        dir.write("bad.jsonl", "{\"text\":\"好\",\"label\":\"a\"}\n{\"text\":\n");
    auto broken = LabelledDataReader::read({json, "text", "label"});
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().line, 2);
}

TEST(LabelledDataReader, TrainsOnCsvAndRejectsUnknownLabelsWithTheLine)
{
    test::TempDir dir;
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(20, 61), 0);
    ASSERT_TRUE(project);
    TrainOptions options;
    options.params.threads = 1;
    options.params.seed = 7;
    auto rows = test::makeLabelledRows(150, 62);
    options.files.push_back({writeCsv(dir, "extra.csv", rows), "留言详情", "一级分类"});
    auto report = ModelTrainer(*project).train("topic", options);
    ASSERT_TRUE(report.ok()) << report.error().toString();
    EXPECT_EQ(report->fromFiles, 150);

    options.files[0].path = writeCsv(dir, "extra.tsv", rows, '\t');
    auto tabbed = ModelTrainer(*project).train("topic", options);
    ASSERT_TRUE(tabbed.ok()) << tabbed.error().toString();
    EXPECT_EQ(tabbed->fromFiles, 150);

    rows[9].label = "没有这个标签";
    options.files[0].path = writeCsv(dir, "unknown.csv", rows);
    auto bad = ModelTrainer(*project).train("topic", options);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().line, 11); // the header is line 1
    EXPECT_NE(bad.error().file.find("unknown.csv"), std::string::npos);
    EXPECT_NE(bad.error().message.find("没有这个标签"), std::string::npos);
    EXPECT_EQ(*project->database().queryInt("SELECT count(*) FROM models"), 2);
}

TEST(LabelledDataReader, CliTrainsOnCsvData)
{
    test::TempDir dir;
    auto project = test::makeLabelledProject(dir, test::makeLabelledRows(20, 63), 0);
    ASSERT_TRUE(project);
    project.reset();
    const std::string csv = writeCsv(dir, "labels.csv", test::makeLabelledRows(200, 64));
    std::ostringstream out;
    std::ostringstream err;
    const int code =
        cli::runCli({"model", "train", dir.file("test.assay"), "--field", "topic", "--data", csv,
                     "--text-field", "留言详情", "--label-field", "一级分类", "--threads", "1"},
                    out, err);
    ASSERT_EQ(code, 0) << err.str();
    EXPECT_NE(out.str().find("trained topic model v1"), std::string::npos) << out.str();

    std::ostringstream out2;
    std::ostringstream err2;
    const int bad = cli::runCli({"model", "train", dir.file("test.assay"), "--field", "topic",
                                 "--data", csv, "--text-field", "留言详情"},
                                out2, err2);
    EXPECT_NE(bad, 0);
    EXPECT_NE(err2.str().find("labels.csv:1"), std::string::npos) << err2.str();
}

TEST(LabelledDataReader, ReadsTheGovernmentMessagesFile)
{
    ASSAY_REQUIRE_SHARED(path, "zhengwu/fujian2.csv");
    auto rows = LabelledDataReader::read({path, "留言详情", "一级分类"});
    ASSERT_TRUE(rows.ok()) << rows.error().toString();
    ASSERT_GT(rows->size(), 100u);
    for (const LabelledText &row : *rows) {
        ASSERT_EQ(row.labels.size(), 1u) << row.line;
        EXPECT_FALSE(row.labels[0].empty()) << row.line;
        EXPECT_FALSE(row.text.empty()) << row.line;
    }
}
