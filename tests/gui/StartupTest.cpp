#include "GuiTestSupport.h"
#include "annotate/AnnotateView.h"
#include "annotate/ItemFlow.h"
#include "project/ProjectSession.h"
#include "project/RecentProjects.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "window/StartupOptions.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QUrl>

using namespace assay;
using gui::StartupOptions;

TEST(StartupOptions, ReadsProjectUserAndLanguage)
{
    test::guiApp();
    const StartupOptions options = StartupOptions::parse(
        {QStringLiteral("assay-desktop"), QStringLiteral("demo/hotline.assay"),
         QStringLiteral("--user"), QStringLiteral("张敏"), QStringLiteral("--lang"),
         QStringLiteral("zh_CN")});
    EXPECT_TRUE(options.error.isEmpty()) << options.error.toStdString();
    EXPECT_EQ(options.projectPath, QStringLiteral("demo/hotline.assay"));
    EXPECT_EQ(options.userName, QStringLiteral("张敏"));
    EXPECT_EQ(options.language, QStringLiteral("zh_CN"));
}

TEST(StartupOptions, RefusesWhatItCannotDo)
{
    test::guiApp();
    EXPECT_FALSE(StartupOptions::parse({QStringLiteral("assay-desktop"), QStringLiteral("--lang"),
                                        QStringLiteral("fr")})
                     .error.isEmpty());
    EXPECT_FALSE(StartupOptions::parse({QStringLiteral("assay-desktop"), QStringLiteral("a.assay"),
                                        QStringLiteral("b.assay")})
                     .error.isEmpty());
    EXPECT_FALSE(StartupOptions::parse({QStringLiteral("assay-desktop"), QStringLiteral("--bogus")})
                     .error.isEmpty());
}

TEST(MainWindowStart, AFileThatIsNotAProjectIsRefusedWithItsName)
{
    test::guiApp();
    test::TempDir dir;
    const std::string notes = dir.write("notes.assay", "just text\n");
    gui::MainWindow window;
    QStringList errors;
    window.setErrorHandler([&](const QString &, const QString &message) { errors << message; });
    EXPECT_FALSE(window.openProject(QString::fromStdString(notes), QStringLiteral("alice")));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_TRUE(errors[0].contains(QStringLiteral("notes.assay")));
    EXPECT_FALSE(window.session().isOpen());
    EXPECT_EQ(test::readFile(notes), "just text\n");
}

TEST(MainWindowStart, APasswordIsAskedWhereOneIsSet)
{
    test::guiApp();
    test::HotlineProject fixture(3);
    gui::MainWindow window;
    ASSERT_TRUE(test::showActive(window));
    QString firstError;
    test::whenModalShown([&](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("userList"));
        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        ASSERT_TRUE(list && password && error);
        ASSERT_EQ(list->count(), 2);
        list->setCurrentRow(1); // bob
        EXPECT_TRUE(password->isVisible());
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::keyClick(password, Qt::Key_Return);
        firstError = error->isVisible() ? error->text() : QString();
        QTest::keyClicks(password, QStringLiteral("secret"));
        QTest::keyClick(password, Qt::Key_Return);
    });
    ASSERT_TRUE(window.openProject(QString::fromStdString(fixture.path)));
    EXPECT_FALSE(firstError.isEmpty());
    ASSERT_TRUE(window.session().hasUser());
    EXPECT_EQ(window.session().user().name, "bob");
    EXPECT_TRUE(window.annotateView()->flow().hasItem());
}

TEST(MainWindowStart, ANewProjectAsksForItsFirstUser)
{
    test::guiApp();
    test::TempDir dir;
    gui::MainWindow window;
    ASSERT_TRUE(test::showActive(window));
    test::whenModalShown([](QWidget *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        ASSERT_NE(name, nullptr);
        name->clear();
        QTest::keyClicks(name, QStringLiteral("carol"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    ASSERT_TRUE(window.createProject(QString::fromStdString(dir.file("fresh"))));
    EXPECT_TRUE(window.session().isOpen());
    EXPECT_TRUE(window.session().path().endsWith(QStringLiteral("fresh.assay")));
    ASSERT_TRUE(window.session().hasUser());
    EXPECT_EQ(window.session().user().name, "carol");
    auto project = core::Project::open(dir.file("fresh.assay"));
    ASSERT_TRUE(project.ok());
    auto carol = (*project)->users().byName("carol");
    ASSERT_TRUE(carol.ok());
    EXPECT_TRUE(carol->hasRole(core::Role::Admin));
}

TEST(MainWindowStart, RecentProjectsAndTheLastProjectAreRemembered)
{
    test::guiApp();
    gui::RecentProjects::clear();
    test::HotlineProject fixture(3);
    {
        gui::MainWindow window;
        ASSERT_TRUE(test::showActive(window));
        window.resize(1111, 777);
        ASSERT_TRUE(
            window.openProject(QString::fromStdString(fixture.path), QStringLiteral("alice")));
        window.actions().action(gui::ActionId::QueueLeastCertainFirst)->trigger();
        window.close();
    }
    ASSERT_FALSE(gui::RecentProjects::list().isEmpty());
    EXPECT_TRUE(gui::RecentProjects::list().front().endsWith(QStringLiteral("hotline.assay")));

    gui::MainWindow again;
    again.restoreSettings();
    EXPECT_EQ(again.size(), QSize(1111, 777));
    ASSERT_TRUE(again.reopenLastProject(QStringLiteral("alice")));
    EXPECT_EQ(again.session().user().name, "alice");
    EXPECT_EQ(again.annotateView()->flow().queueOrder(), core::QueueOrder::LeastCertainFirst);
    EXPECT_TRUE(again.actions().action(gui::ActionId::QueueLeastCertainFirst)->isChecked());
    again.actions().action(gui::ActionId::QueueImportOrder)->trigger();
    auto *recent = again.findChild<QListWidget *>(QStringLiteral("recentList"));
    ASSERT_NE(recent, nullptr);
    EXPECT_GE(recent->count(), 1);

    // Closing the project on purpose means the next start does not reopen it.
    again.closeProject();
    EXPECT_TRUE(QSettings().value(QStringLiteral("lastProject")).toString().isEmpty());
}

TEST(MainWindowStart, AProjectDroppedOnTheWindowOpens)
{
    test::guiApp();
    test::HotlineProject fixture(3);
    gui::MainWindow window;
    ASSERT_TRUE(test::showActive(window));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QString::fromStdString(fixture.path))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    EXPECT_TRUE(enter.isAccepted());
    test::whenModalShown([](QWidget *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("userList"));
        ASSERT_NE(list, nullptr);
        list->setCurrentRow(0); // alice
        static_cast<QDialog *>(dialog)->accept();
    });
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.session().hasUser(); }, 5000));
    EXPECT_EQ(window.session().user().name, "alice");
}
