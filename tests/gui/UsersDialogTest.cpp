#include "users/UsersDialog.h"

#include "GuiTestSupport.h"
#include "project/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace assay;

namespace {

/// A hotline project (alice, bob and the administrator "lead") open in a session as
/// `userName`, with the users dialog on it.
class UsersDialogTest : public ::testing::Test
{
protected:
    void open(const std::string &userName = "lead")
    {
        test::guiApp();
        fixture = std::make_unique<test::HotlineProject>(1);
        {
            auto project = fixture->open();
            ASSERT_TRUE(project->users().add("lead", {core::Role::Admin}).ok());
        }
        ASSAY_ASSERT_OK(session.open(QString::fromStdString(fixture->path)));
        auto user = session.project().users().byName(userName);
        ASSERT_TRUE(user.ok());
        session.setUser(*user);
        dialog = std::make_unique<gui::UsersDialog>(session);
        ASSERT_TRUE(test::showActive(*dialog));
    }

    template <typename T> T *find(const char *name) const
    {
        T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void click(const char *name) { QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton); }

    core::User stored(const std::string &name) const
    {
        auto project = fixture->open();
        auto user = project->users().byName(name);
        EXPECT_TRUE(user.ok()) << name;
        return user.ok() ? *user : core::User{};
    }

    std::unique_ptr<test::HotlineProject> fixture;
    gui::ProjectSession session;
    std::unique_ptr<gui::UsersDialog> dialog;
};

} // namespace

TEST_F(UsersDialogTest, ListsEveryUserWithTheirRoles)
{
    open();
    auto *table = find<QTableWidget>("usersTable");
    ASSERT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("bob"));
    EXPECT_EQ(table->item(1, 2)->text(), QStringLiteral("Annotator, Reviewer"));
    EXPECT_EQ(table->item(1, 4)->text(), QStringLiteral("set"));
    EXPECT_EQ(table->currentRow(), 2) << "the current user is chosen first";
}

TEST_F(UsersDialogTest, AddsAUserWhosePasswordThenWorks)
{
    open();
    click("userNewButton");
    EXPECT_EQ(test::focusName(), QStringLiteral("userNameEdit"));
    test::typeText(QStringLiteral("carol"));
    find<QLineEdit>("userDisplayNameEdit")->setFocus();
    test::typeText(QStringLiteral("陈晓"));
    click("userRoleReviewer");
    QTest::keyClicks(find<QLineEdit>("userPasswordEdit"), QStringLiteral("s3cret!"));
    click("userSaveButton");
    EXPECT_FALSE(find<QLabel>("userFormError")->isVisible())
        << find<QLabel>("userFormError")->text().toStdString();
    EXPECT_EQ(find<QTableWidget>("usersTable")->rowCount(), 4);

    auto project = fixture->open();
    auto carol = project->users().authenticate("carol", "s3cret!");
    ASSERT_TRUE(carol.ok()) << carol.error().toString();
    EXPECT_EQ(carol->displayName, "陈晓");
    EXPECT_TRUE(carol->hasRole(core::Role::Annotator));
    EXPECT_TRUE(carol->hasRole(core::Role::Reviewer));
    EXPECT_FALSE(project->users().authenticate("carol", "wrong").ok());
    auto entries = project->audit().entries();
    ASSERT_TRUE(entries.ok());
    EXPECT_EQ(entries->back().action, "users.add");
    EXPECT_EQ(entries->back().subject, "user:carol");
    EXPECT_EQ(entries->back().userId, session.userId());
}

TEST_F(UsersDialogTest, ATakenNameIsRefused)
{
    open();
    click("userNewButton");
    test::typeText(QStringLiteral("alice"));
    test::pressKey(Qt::Key_Return);
    auto *error = find<QLabel>("userFormError");
    ASSERT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("alice")));
    EXPECT_EQ(find<QTableWidget>("usersTable")->rowCount(), 3);
}

TEST_F(UsersDialogTest, ChangesRolesQualificationPasswordAndActivity)
{
    open();
    dialog->selectUser(QStringLiteral("bob"));
    EXPECT_EQ(find<QLineEdit>("userNameEdit")->text(), QStringLiteral("bob"));
    EXPECT_TRUE(find<QLineEdit>("userNameEdit")->isReadOnly());
    click("userRoleReviewer");
    click("userRoleExpert");
    auto *qualification = find<QComboBox>("userQualificationCombo");
    qualification->setCurrentIndex(
        qualification->findData(static_cast<int>(core::Qualification::Trainee)));
    QTest::keyClicks(find<QLineEdit>("userPasswordEdit"), QStringLiteral("new-secret"));
    click("userActiveCheck");
    click("userSaveButton");

    const core::User bob = stored("bob");
    EXPECT_FALSE(bob.hasRole(core::Role::Reviewer));
    EXPECT_TRUE(bob.hasRole(core::Role::Expert));
    EXPECT_EQ(bob.qualification, core::Qualification::Trainee);
    EXPECT_FALSE(bob.active);
    auto project = fixture->open();
    EXPECT_FALSE(project->users().authenticate("bob", "new-secret").ok()) << "bob is deactivated";

    dialog->selectUser(QStringLiteral("bob"));
    click("userActiveCheck");
    click("userSaveButton");
    EXPECT_TRUE(project->users().authenticate("bob", "new-secret").ok());
    EXPECT_FALSE(project->users().authenticate("bob", "secret").ok());
}

TEST_F(UsersDialogTest, AnAdministratorCannotLockThemselvesOut)
{
    open();
    dialog->selectUser(QStringLiteral("lead"));
    click("userRoleAdmin");
    click("userSaveButton");
    auto *error = find<QLabel>("userFormError");
    ASSERT_TRUE(error->isVisible());
    EXPECT_TRUE(stored("lead").hasRole(core::Role::Admin));
}

TEST_F(UsersDialogTest, OthersSeeTheListReadOnly)
{
    open("alice");
    EXPECT_TRUE(dialog->isReadOnly());
    EXPECT_EQ(find<QTableWidget>("usersTable")->rowCount(), 3);
    EXPECT_FALSE(find<QPushButton>("userNewButton")->isEnabled());
    EXPECT_FALSE(find<QPushButton>("userSaveButton")->isEnabled());
    EXPECT_FALSE(find<QCheckBox>("userRoleAdmin")->isEnabled());
}

TEST_F(UsersDialogTest, ChangingYourselfShowsAtOnce)
{
    open();
    dialog->selectUser(QStringLiteral("lead"));
    auto *display = find<QLineEdit>("userDisplayNameEdit");
    display->setFocus();
    display->selectAll();
    test::typeText(QStringLiteral("王芳"));
    test::pressKey(Qt::Key_Return);
    EXPECT_FALSE(find<QLabel>("userFormError")->isVisible());
    EXPECT_EQ(session.user().displayName, "王芳");
    EXPECT_EQ(stored("lead").displayName, "王芳");
}
