#include "GuiTestSupport.h"
#include "annotate/AnnotateView.h"
#include "annotate/ItemFlow.h"
#include "data/DataView.h"
#include "language/LanguageMenu.h"
#include "project/ProjectSession.h"
#include "window/MainActions.h"
#include "window/MainWindow.h"
#include "window/MainWindowHost.h"
#include "window/ProjectTools.h"
#include "window/Translations.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace assay;

namespace {

/// Puts the interface back in English whatever a test did.
struct EnglishAfterwards {
    ~EnglishAfterwards()
    {
        gui::installTranslations(QStringLiteral("en"));
        QSettings().remove(QStringLiteral("language"));
    }
};

} // namespace

TEST(Language, SwitchingToChineseChangesTheMenus)
{
    test::guiApp();
    EnglishAfterwards restore;
    gui::installTranslations(QStringLiteral("en"));
    gui::MainWindow window;
    ASSERT_TRUE(test::showActive(window));
    QMenu *file = window.actions().menu(gui::MenuId::File);
    QMenu *project = window.actions().menu(gui::MenuId::Project);
    ASSERT_EQ(file->title(), QStringLiteral("&File"));
    auto *tools = window.findChild<gui::ProjectTools *>();
    ASSERT_NE(tools, nullptr);
    EXPECT_EQ(tools->importAction()->text(), QStringLiteral("&Import Items…"));

    auto *chinese = window.findChild<QAction *>(QStringLiteral("languageChineseAction"));
    ASSERT_NE(chinese, nullptr);
    chinese->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return file->title() != QStringLiteral("&File"); }));
    EXPECT_EQ(file->title(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(project->title(), QStringLiteral("项目(&P)"));
    EXPECT_EQ(window.actions().action(gui::ActionId::OpenProject)->text(),
              QStringLiteral("打开项目(&O)…"));
    EXPECT_EQ(tools->importAction()->text(), QStringLiteral("导入数据(&I)…"));
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    // Qt's own strings follow.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));

    window.findChild<QAction *>(QStringLiteral("languageEnglishAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return file->title() == QStringLiteral("&File"); }));
    EXPECT_EQ(tools->importAction()->text(), QStringLiteral("&Import Items…"));
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

TEST(Language, TheCommandLineWinsOverTheSavedChoice)
{
    test::guiApp();
    EnglishAfterwards restore;
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
    EXPECT_EQ(gui::LanguageMenu::startupLanguage(QString()), QStringLiteral("zh_CN"));
    EXPECT_EQ(gui::LanguageMenu::startupLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("klingon"));
    EXPECT_EQ(gui::LanguageMenu::savedLanguage(), QString())
        << "an unknown value follows the system";
}

TEST(Language, EnglishPluralsComeFromTheCatalogue)
{
    test::guiApp();
    EnglishAfterwards restore;
    gui::installTranslations(QStringLiteral("en"));
    EXPECT_EQ(
        QCoreApplication::translate("assay::gui::ProjectTools", "Imported %n item(s).", nullptr, 1),
        QStringLiteral("Imported 1 item."));
    EXPECT_EQ(
        QCoreApplication::translate("assay::gui::ProjectTools", "Imported %n item(s).", nullptr, 3),
        QStringLiteral("Imported 3 items."));
    gui::installTranslations(QStringLiteral("zh_CN"));
    EXPECT_EQ(
        QCoreApplication::translate("assay::gui::ProjectTools", "Imported %n item(s).", nullptr, 3),
        QStringLiteral("已导入 3 条数据。"));
}

TEST(Language, TheWholeWindowIsBuiltAnewInTheNewLanguageAndGoesOn)
{
    test::guiApp();
    EnglishAfterwards restore;
    gui::installTranslations(QStringLiteral("en"));
    test::HotlineProject project(4);
    gui::MainWindowHost host;
    gui::MainWindow *before = &host.build();
    ASSERT_TRUE(test::showActive(*before));
    before->setErrorHandler(
        [](const QString &, const QString &message) { ADD_FAILURE() << message.toStdString(); });
    ASSERT_TRUE(before->openProject(QString::fromStdString(project.path), QStringLiteral("alice")));
    // Half-done work: a label chosen on the first item but not submitted.
    test::typeText(QStringLiteral("wyfw"));
    test::pressKey(Qt::Key_Return);
    const std::int64_t item = before->annotateView()->flow().item().item.id;
    before->showData();
    auto *submit = before->findChild<QPushButton *>(QStringLiteral("submitButton"));
    ASSERT_NE(submit, nullptr);
    EXPECT_EQ(submit->text(), QStringLiteral("Submit"));

    before->findChild<QAction *>(QStringLiteral("languageChineseAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return host.window() != before; }));
    gui::MainWindow *after = host.window();
    ASSERT_TRUE(after->isVisible());
    ASSERT_TRUE(after->session().isOpen());
    EXPECT_EQ(after->session().path(), QString::fromStdString(project.path));
    EXPECT_EQ(after->session().user().id, project.alice) << "no need to choose the user again";
    EXPECT_TRUE(after->dataView()->isVisible()) << "the data view stays on screen";
    EXPECT_EQ(after->findChild<QPushButton *>(QStringLiteral("submitButton"))->text(),
              QStringLiteral("提交"));
    EXPECT_EQ(after->actions().menu(gui::MenuId::File)->title(), QStringLiteral("文件(&F)"));
    const gui::ItemFlow &flow = after->annotateView()->flow();
    ASSERT_TRUE(flow.hasItem());
    EXPECT_EQ(flow.item().item.id, item);
    EXPECT_FALSE(flow.draft().value(project.categoryField).choices.empty())
        << "the chosen label comes back from the draft";
}
