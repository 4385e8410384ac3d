#include "import/ImportWizard.h"

#include "GuiTestSupport.h"
#include "import/ImportJob.h"
#include "import/ImportPreviewModel.h"
#include "import/ImportPreviewPage.h"
#include "import/ImportRunPage.h"
#include "project/ProjectSession.h"
#include "window/FilePrompt.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSemaphore>
#include <QTableView>
#include <QTest>
#include <QUrl>
#include <fstream>

using namespace assay;

namespace {

/// A hotline project with three items, open in a session as its administrator, and an
/// import wizard on it.
class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::guiApp();
        fixture = std::make_unique<test::HotlineProject>(3);
        {
            auto project = fixture->open();
            auto admin = project->users().add("lead", {core::Role::Admin});
            ASSERT_TRUE(admin.ok());
        }
        ASSAY_ASSERT_OK(session.open(QString::fromStdString(fixture->path)));
        auto lead = session.project().users().byName("lead");
        ASSERT_TRUE(lead.ok());
        session.setUser(*lead);
        wizard = std::make_unique<gui::ImportWizard>(session);
        ASSERT_TRUE(test::showActive(*wizard));
    }

    void TearDown() override { gui::ImportJob::setWorkerHook({}); }

    template <typename T> T *find(const char *name) const
    {
        T *widget = wizard->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void click(QWizard::WizardButton which)
    {
        QAbstractButton *button = wizard->button(which);
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << "wizard button " << which;
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Types `path` on the first page and goes on to the preview.
    void chooseFile(const std::string &path)
    {
        auto *edit = find<QLineEdit>("importPathEdit");
        QTest::keyClicks(edit, QString::fromStdString(path));
        click(QWizard::NextButton);
        ASSERT_EQ(wizard->currentId(), gui::ImportWizard::FormatPageId);
    }

    /// Waits until the import on the last page has finished.
    void waitForImport()
    {
        ASSERT_EQ(wizard->currentId(), gui::ImportWizard::RunPageId);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->runPage()->isRunning(); }, 20000));
        QApplication::processEvents();
    }

    std::int64_t itemCount() const
    {
        auto project = fixture->open();
        return *project->items().count();
    }

    gui::ImportPreviewModel *previewModel() const
    {
        auto *page =
            static_cast<gui::ImportPreviewPage *>(wizard->page(gui::ImportWizard::PreviewPageId));
        return page->model();
    }

    std::unique_ptr<test::HotlineProject> fixture;
    gui::ProjectSession session;
    std::unique_ptr<gui::ImportWizard> wizard;
};

} // namespace

TEST_F(ImportWizardTest, ImportsACsvWithAMultiLineCellAsPreviewed)
{
    const std::string csv =
        fixture->dir.write("messages.csv", "编号,内容,区县\n"
                                           "C1,\"第一行，有逗号\n第二行\",岳麓区\n"
                                           "C2,普通的一行投诉内容,天心区\n");
    // Dropping the file on the first page chooses it.
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QString::fromStdString(csv))});
    QWidget *page = wizard->currentPage();
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    EXPECT_EQ(find<QLineEdit>("importPathEdit")->text(), QString::fromStdString(csv));
    EXPECT_TRUE(find<QLabel>("importFileInfo")->text().contains(QStringLiteral("CSV")));
    click(QWizard::NextButton);

    // The columns come from the header; the text column is the one with the longest values.
    auto *text = find<QComboBox>("importTextColumnCombo");
    auto *id = find<QComboBox>("importIdColumnCombo");
    ASSERT_EQ(text->count(), 3);
    EXPECT_EQ(text->currentText(), QStringLiteral("内容"));
    EXPECT_EQ(id->currentText(), QStringLiteral("编号"));
    click(QWizard::NextButton);

    ASSERT_EQ(wizard->currentId(), gui::ImportWizard::PreviewPageId);
    gui::ImportPreviewModel *model = previewModel();
    ASSERT_EQ(model->rowCount(), 2);
    const QModelIndex first = model->index(0, gui::ImportPreviewModel::TextColumn);
    EXPECT_EQ(model->data(first, gui::ImportPreviewModel::FullTextRole).toString(),
              QStringLiteral("第一行，有逗号\n第二行"));
    EXPECT_EQ(model->data(first).toString(), QStringLiteral("第一行，有逗号 ↵ 第二行"));
    EXPECT_EQ(model->data(model->index(0, gui::ImportPreviewModel::IdColumn)).toString(),
              QStringLiteral("C1"));
    EXPECT_EQ(model->data(model->index(0, gui::ImportPreviewModel::MetadataColumn)).toString(),
              QStringLiteral("区县: 岳麓区"));
    EXPECT_EQ(model->data(model->index(1, gui::ImportPreviewModel::LineColumn)).toString(),
              QStringLiteral("4"));
    EXPECT_EQ(model->errorCount(), 0);
    EXPECT_TRUE(
        find<QLabel>("importPreviewSummary")->text().contains(QStringLiteral("messages.csv")));

    click(QWizard::CommitButton);
    waitForImport();
    auto *summary = find<QLabel>("importSummary");
    EXPECT_TRUE(summary->isVisible());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("2"))) << summary->text().toStdString();
    EXPECT_FALSE(find<QListWidget>("importErrorList")->isVisible());
    EXPECT_TRUE(wizard->button(QWizard::FinishButton)->isEnabled());

    EXPECT_EQ(itemCount(), 5);
    auto project = fixture->open();
    auto items = project->items().page(0, 10);
    ASSERT_TRUE(items.ok());
    const auto imported = std::find_if(items->begin(), items->end(), [](const core::Item &item) {
        return item.externalId && *item.externalId == "C1";
    });
    ASSERT_NE(imported, items->end());
    EXPECT_EQ(imported->text, "第一行，有逗号\n第二行");
    auto entries = project->audit().entries();
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->back().action, "import");
    EXPECT_EQ(entries->back().userId, session.userId());
}

TEST_F(ImportWizardTest, BadRowsShowWhereTheyAreAndStopTheImportUntilSkipped)
{
    const std::string csv = fixture->dir.write("bad.csv", "id,text\n"
                                                          "B1,第一条好的投诉\n"
                                                          "B2,多了一列,出来\n"
                                                          "B3,\n"
                                                          "B4,第二条好的投诉\n");
    chooseFile(csv);
    click(QWizard::NextButton);
    gui::ImportPreviewModel *model = previewModel();
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->errorCount(), 2);
    EXPECT_TRUE(model->data(model->index(1, gui::ImportPreviewModel::TextColumn))
                    .toString()
                    .startsWith(QStringLiteral("bad.csv:3: ")));
    EXPECT_TRUE(find<QLabel>("importPreviewSummary")->text().contains(QStringLiteral("2")));

    click(QWizard::CommitButton);
    waitForImport();
    auto *errors = find<QListWidget>("importErrorList");
    ASSERT_TRUE(errors->isVisible());
    ASSERT_EQ(errors->count(), 2);
    EXPECT_TRUE(errors->item(0)->text().startsWith(QStringLiteral("bad.csv:3: expected 2 columns")))
        << errors->item(0)->text().toStdString();
    EXPECT_TRUE(errors->item(1)->text().startsWith(QStringLiteral("bad.csv:4: ")))
        << errors->item(1)->text().toStdString();
    EXPECT_EQ(itemCount(), 3) << "nothing is imported while rows are bad";

    auto *skip = find<QPushButton>("importSkipBadButton");
    ASSERT_TRUE(skip->isVisible());
    QTest::mouseClick(skip, Qt::LeftButton);
    waitForImport();
    EXPECT_EQ(itemCount(), 5);
    EXPECT_FALSE(skip->isVisible());
    EXPECT_EQ(find<QListWidget>("importErrorList")->count(), 2) << "the skipped rows stay listed";
    EXPECT_TRUE(find<QLabel>("importSummary")->text().contains(QStringLiteral("bad.csv")));
}

TEST_F(ImportWizardTest, DuplicatesAreImportedWithAWarning)
{
    const std::string jsonl = fixture->dir.write(
        "again.jsonl", "{\"id\":\"N1\",\"text\":\"一条新的投诉\"}\n"
                       "{\"id\":\"T1000\",\"text\":\"同一个编号的另一条投诉\"}\n");
    chooseFile(jsonl);
    EXPECT_EQ(find<QComboBox>("importTextColumnCombo")->currentText(), QStringLiteral("text"));
    click(QWizard::NextButton);
    click(QWizard::CommitButton);
    waitForImport();
    auto *warnings = find<QListWidget>("importWarningList");
    ASSERT_TRUE(warnings->isVisible());
    ASSERT_EQ(warnings->count(), 1);
    EXPECT_TRUE(warnings->item(0)->text().startsWith(QStringLiteral("again.jsonl:2: duplicate id")))
        << warnings->item(0)->text().toStdString();
    EXPECT_EQ(itemCount(), 5);
}

TEST_F(ImportWizardTest, CancelLeavesTheProjectAsItWas)
{
    std::string rows = "id,text\n";
    for (int i = 0; i < 3000; ++i)
        rows += "R" + std::to_string(i) + ",第" + std::to_string(i) + "条投诉：小区噪音扰民\n";
    const std::string csv = fixture->dir.write("many.csv", rows);
    // The worker waits until Cancel has been pressed, so the import cannot finish first.
    auto pressed = std::make_shared<QSemaphore>(0);
    gui::ImportJob::setWorkerHook([pressed] { pressed->acquire(); });
    chooseFile(csv);
    click(QWizard::NextButton);
    click(QWizard::CommitButton);
    ASSERT_TRUE(wizard->runPage()->isRunning());
    EXPECT_FALSE(wizard->button(QWizard::FinishButton)->isEnabled());
    auto *cancel = find<QPushButton>("importCancelButton");
    ASSERT_TRUE(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    pressed->release();
    waitForImport();
    EXPECT_TRUE(find<QLabel>("importSummary")->text().contains(QStringLiteral("cancelled")));
    EXPECT_FALSE(find<QPushButton>("importSkipBadButton")->isVisible());
    EXPECT_EQ(itemCount(), 3);
    auto project = fixture->open();
    EXPECT_EQ(*project->database().queryInt("SELECT count(*) FROM batches"), 1);
}

TEST_F(ImportWizardTest, PlainTextSplitsIntoParagraphsWithoutPrintSpaces)
{
    const std::string text =
        fixture->dir.write("article.txt", "热 线 服 务 质 量\n提 升 工 作\n\n第 二 段 内 容\n");
    chooseFile(text);
    EXPECT_FALSE(find<QComboBox>("importTextColumnCombo")->isVisible());
    auto *split = find<QComboBox>("importSplitCombo");
    ASSERT_TRUE(split->isEnabled());
    QTest::keyClick(split, Qt::Key_Down);
    ASSERT_EQ(split->currentIndex(), 1);
    auto *spacing = find<QCheckBox>("importCjkSpacingCheck");
    QTest::mouseClick(spacing, Qt::LeftButton);
    ASSERT_TRUE(spacing->isChecked());
    click(QWizard::NextButton);
    gui::ImportPreviewModel *model = previewModel();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model
                  ->data(model->index(1, gui::ImportPreviewModel::TextColumn),
                         gui::ImportPreviewModel::FullTextRole)
                  .toString(),
              QStringLiteral("第二段内容"));
}

TEST_F(ImportWizardTest, BrowsingAsksForTheFile)
{
    const std::string jsonl = fixture->dir.write("picked.jsonl", "{\"text\":\"选中的文件\"}\n");
    QString askedTitle;
    gui::FilePrompt::setAnswerer([&](const QString &title, const QString &) {
        askedTitle = title;
        return QString::fromStdString(jsonl);
    });
    QTest::mouseClick(find<QPushButton>("importBrowseButton"), Qt::LeftButton);
    gui::FilePrompt::setAnswerer({});
    EXPECT_FALSE(askedTitle.isEmpty());
    EXPECT_EQ(find<QLineEdit>("importPathEdit")->text(), QString::fromStdString(jsonl));
    EXPECT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_F(ImportWizardTest, ImportsTheHotlineMessages)
{
    ASSAY_REQUIRE_SHARED(messages, "zhengwu/fujian2.csv");
    chooseFile(messages);
    EXPECT_EQ(find<QComboBox>("importTextColumnCombo")->currentText(), QStringLiteral("留言详情"));
    EXPECT_EQ(find<QComboBox>("importIdColumnCombo")->currentText(), QStringLiteral("留言编号"));
    click(QWizard::NextButton);
    gui::ImportPreviewModel *model = previewModel();
    ASSERT_EQ(model->rowCount(), gui::ImportPreviewPage::kRows);
    EXPECT_EQ(model->errorCount(), 0);
    EXPECT_TRUE(model->data(model->index(0, gui::ImportPreviewModel::MetadataColumn))
                    .toString()
                    .contains(QStringLiteral("一级分类: 城乡建设")));
    click(QWizard::CommitButton);
    waitForImport();
    EXPECT_EQ(itemCount(), 3 + 495);
}

TEST_F(ImportWizardTest, AGb18030FileIsReadOnceItsEncodingIsChosen)
{
    const std::string csv = fixture->dir.write(
        "legacy.csv", "id,text\nG1,\xc2\xa5\xcf\xc2\xd4\xeb\xd2\xf4\xba\xdc\xb4\xf3\n");
    chooseFile(csv);
    click(QWizard::NextButton);
    gui::ImportPreviewModel *model = previewModel();
    ASSERT_EQ(model->rowCount(), 1);
    // Read as UTF-8 the row is bad, and the message says what to do in the wizard.
    const QString error =
        model->data(model->index(0, gui::ImportPreviewModel::TextColumn)).toString();
    EXPECT_TRUE(error.startsWith(QStringLiteral("legacy.csv:2:"))) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("GB18030"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("--"))) << "no command-line options in the window";

    click(QWizard::BackButton);
    auto *encoding = find<QComboBox>("importEncodingCombo");
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("GB18030")));
    emit encoding->activated(encoding->currentIndex());
    click(QWizard::NextButton);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->errorCount(), 0);
    EXPECT_EQ(model->data(model->index(0, gui::ImportPreviewModel::TextColumn)).toString(),
              QStringLiteral("楼下噪音很大"));
    click(QWizard::CommitButton);
    waitForImport();
    EXPECT_EQ(itemCount(), 4);
}
