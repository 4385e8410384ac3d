#include "window/ProjectTools.h"

#include "GuiTestSupport.h"
#include "annotate/AnnotateView.h"
#include "data/DataView.h"
#include "data/ItemTableModel.h"
#include "import/ImportRunPage.h"
#include "import/ImportWizard.h"
#include "project/ProjectSession.h"
#include "schema/SchemaEditor.h"
#include "users/UsersDialog.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QTest>

using namespace assay;

namespace {

/// A main window on a hotline project with three items, working as `userName`; "lead" is
/// its administrator.
class ProjectToolsTest : public ::testing::Test
{
protected:
    void open(const QString &userName)
    {
        test::guiApp();
        fixture = std::make_unique<test::HotlineProject>(3);
        {
            auto project = fixture->open();
            ASSERT_TRUE(
                project->users().add("lead", {core::Role::Admin, core::Role::Annotator}).ok());
        }
        window = std::make_unique<gui::MainWindow>();
        ASSERT_TRUE(test::showActive(*window));
        ASSERT_TRUE(window->openProject(QString::fromStdString(fixture->path), userName));
        tools = window->findChild<gui::ProjectTools *>();
        ASSERT_NE(tools, nullptr);
    }

    std::unique_ptr<test::HotlineProject> fixture;
    std::unique_ptr<gui::MainWindow> window;
    gui::ProjectTools *tools = nullptr;
};

} // namespace

TEST_F(ProjectToolsTest, OnlyAnAdministratorMayImport)
{
    open(QStringLiteral("alice"));
    EXPECT_FALSE(tools->importAction()->isEnabled());
    EXPECT_TRUE(tools->schemaAction()->isEnabled());
    EXPECT_TRUE(tools->usersAction()->isEnabled());
    tools->usersAction()->trigger();
    ASSERT_NE(tools->usersDialog(), nullptr);
    EXPECT_TRUE(tools->usersDialog()->isReadOnly());
    tools->usersDialog()->close();
}

TEST_F(ProjectToolsTest, ImportingFromTheMenuRefreshesTheDataView)
{
    open(QStringLiteral("lead"));
    window->showData();
    ASSERT_EQ(window->dataView()->model()->rowCount(), 3);
    const std::string jsonl = fixture->dir.write(
        "more.jsonl",
        "{\"id\":\"M1\",\"text\":\"新的一条投诉\"}\n{\"id\":\"M2\",\"text\":\"又一条投诉\"}\n");

    ASSERT_TRUE(tools->importAction()->isEnabled());
    tools->importAction()->trigger();
    gui::ImportWizard *wizard = tools->importWizard();
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_EQ(wizard->windowModality(), Qt::WindowModal);
    wizard->findChild<QLineEdit *>(QStringLiteral("importPathEdit"))
        ->setText(QString::fromStdString(jsonl));
    wizard->next();
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->currentId(), gui::ImportWizard::RunPageId);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !wizard->runPage()->isRunning(); }, 20000));
    wizard->accept();
    // The window's own connection sees the items the worker's connection stored.
    EXPECT_EQ(*window->session().project().items().count(), 5);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window->dataView()->model()->rowCount() == 5; }));
}

TEST_F(ProjectToolsTest, TheQueueStartsAgainWithTheChangedSchema)
{
    open(QStringLiteral("lead"));
    ASSERT_TRUE(window->annotateView()->flow().hasItem());
    tools->schemaAction()->trigger();
    gui::SchemaEditor *editor = tools->schemaEditor();
    ASSERT_NE(editor, nullptr);
    EXPECT_FALSE(editor->isReadOnly());
    // While the schema may change, the annotate view has let go of it.
    EXPECT_FALSE(window->annotateView()->flow().hasItem());
    core::Field field;
    field.name = "紧急程度";
    ASSERT_TRUE(window->session().project().schema().addField(field).ok());
    ASSERT_TRUE(window->session().reloadSchema().ok());
    editor->accept();
    EXPECT_TRUE(window->annotateView()->flow().hasItem());
    EXPECT_EQ(window->session().fields().size(), 3u);
}
