#include "TestSupport.h"
#include "users/PasswordHash.h"

using namespace assay;
using namespace assay::core;

TEST(Roles, ParseListsOfRoleNames)
{
    auto roles = parseRoles("annotator, reviewer,expert");
    ASSERT_TRUE(roles);
    EXPECT_EQ(*roles, (std::vector<Role>{Role::Annotator, Role::Reviewer, Role::Expert}));
    EXPECT_EQ(parseRoles("admin,admin,,admin"), (std::vector<Role>{Role::Admin}));
    EXPECT_FALSE(parseRoles("annotator,boss"));
    EXPECT_FALSE(parseRoles(""));
    EXPECT_FALSE(parseRoles(" , "));
    EXPECT_FALSE(parseRoles("Annotator")) << "role names are lower case";
    User user;
    user.roles = *roles;
    EXPECT_EQ(user.rolesText(), "annotator,reviewer,expert");
    EXPECT_TRUE(user.hasRole(Role::Expert));
    EXPECT_FALSE(user.hasRole(Role::Admin));
    EXPECT_EQ(parseQualification("trainee"), Qualification::Trainee);
    EXPECT_FALSE(parseQualification("expert"));
}

TEST(PasswordHash, HashesWithASaltAndVerifies)
{
    const std::string hash = hashPassword("正确的密码 horse");
    EXPECT_EQ(hash.rfind("pbkdf2-sha256$", 0), 0u) << hash;
    EXPECT_EQ(hash.find("正确"), std::string::npos) << "the password itself is not stored";
    EXPECT_TRUE(verifyPassword("正确的密码 horse", hash));
    EXPECT_FALSE(verifyPassword("正确的密码 hors", hash));
    EXPECT_FALSE(verifyPassword("", hash));
    EXPECT_NE(hashPassword("same"), hashPassword("same")) << "each hash has its own salt";
}

TEST(PasswordHash, RefusesTamperedOrMalformedHashes)
{
    std::string hash = hashPassword("secret");
    std::string tampered = hash;
    tampered.back() = tampered.back() == '0' ? '1' : '0';
    EXPECT_FALSE(verifyPassword("secret", tampered));
    EXPECT_FALSE(verifyPassword("secret", ""));
    EXPECT_FALSE(verifyPassword("secret", "secret"));
    EXPECT_FALSE(verifyPassword("secret", "pbkdf2-sha256$0$00$00"));
    EXPECT_FALSE(verifyPassword("secret", "pbkdf2-sha256$1000$zz$" + std::string(64, '0')));
    EXPECT_FALSE(verifyPassword("secret", "md5$" + hash.substr(14)));
}

TEST(UserStore, AddsUsersWithUniqueNames)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    UserStore &users = project->users();
    auto alice = users.add("alice", {Role::Annotator, Role::Reviewer}, "pw", "Alice 李");
    ASSAY_ASSERT_OK(alice);
    EXPECT_EQ(alice->name, "alice");
    EXPECT_EQ(alice->displayName, "Alice 李");
    EXPECT_TRUE(alice->hasPassword);
    EXPECT_TRUE(alice->active);
    EXPECT_GT(alice->createdAt, 0);
    auto stored = *project->database().queryInt(
        "SELECT count(*) FROM users WHERE password_hash LIKE 'pbkdf2-sha256$%'");
    EXPECT_EQ(stored, 1);

    auto again = users.add("alice", {Role::Expert});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_FALSE(users.add("", {Role::Annotator}).ok());
    EXPECT_FALSE(users.add("nobody", {}).ok());
    EXPECT_EQ(users.list()->size(), 1u);
}

TEST(UserStore, AuthenticatesActiveUsersWithTheRightPassword)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    UserStore &users = project->users();
    auto bob = users.add("bob", {Role::Annotator}, "s3cret");
    ASSAY_ASSERT_OK(bob);
    ASSAY_ASSERT_OK(users.add("open", {Role::Annotator}));

    auto ok = users.authenticate("bob", "s3cret");
    ASSAY_ASSERT_OK(ok);
    EXPECT_EQ(ok->id, bob->id);

    auto wrong = users.authenticate("bob", "S3cret");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::PermissionDenied);
    auto unknown = users.authenticate("mallory", "s3cret");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message, wrong.error().message)
        << "an unknown user looks the same as a wrong password";

    ASSAY_ASSERT_OK(users.authenticate("open", "anything")); // no password set, none asked

    ASSAY_ASSERT_OK(users.setActive(bob->id, false));
    auto inactive = users.authenticate("bob", "s3cret");
    ASSERT_FALSE(inactive.ok());
    EXPECT_EQ(inactive.error().code, ErrorCode::PermissionDenied);
    EXPECT_NE(inactive.error().message.find("deactivated"), std::string::npos);
    EXPECT_EQ(users.list(false)->size(), 1u);
    EXPECT_EQ(users.list(true)->size(), 2u);

    ASSAY_ASSERT_OK(users.setActive(bob->id, true));
    ASSAY_ASSERT_OK(users.setPassword(bob->id, "new"));
    EXPECT_FALSE(users.authenticate("bob", "s3cret").ok());
    ASSAY_ASSERT_OK(users.authenticate("bob", "new"));
}

TEST(UserStore, ChangesRolesQualificationAndDisplayName)
{
    test::TempDir dir;
    auto project = test::createProject(dir);
    ASSERT_TRUE(project);
    UserStore &users = project->users();
    auto carol = users.add("carol", {Role::Annotator});
    ASSAY_ASSERT_OK(carol);
    ASSAY_ASSERT_OK(users.setRoles(carol->id, {Role::Expert, Role::Admin}));
    ASSAY_ASSERT_OK(users.setQualification(carol->id, Qualification::Suspended));
    ASSAY_ASSERT_OK(users.setDisplayName(carol->id, "卡罗尔"));
    auto read = users.byName("carol");
    ASSAY_ASSERT_OK(read);
    EXPECT_EQ(read->rolesText(), "expert,admin");
    EXPECT_EQ(read->qualification, Qualification::Suspended);
    EXPECT_EQ(read->displayName, "卡罗尔");
    EXPECT_FALSE(users.setRoles(carol->id, {}).ok());
    EXPECT_EQ(users.setRoles(9999, {Role::Admin}).error().code, ErrorCode::NotFound);
    EXPECT_EQ(users.byId(9999).error().code, ErrorCode::NotFound);
}
