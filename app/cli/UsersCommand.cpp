#include "Verbs.h"
#include "project/Project.h"

#include <ostream>

namespace assay::cli {
namespace {

int addUser(CommandContext &context)
{
    ArgParser parser("assay users add FILE NAME [--roles LIST] [--password TEXT] [--display NAME]",
                     "Adds a user. Roles: annotator, reviewer, expert, admin (comma-separated).");
    parser.positional("FILE", "the project file").positional("NAME", "login name");
    parser.option("roles", "LIST", "the user's roles", "annotator");
    parser.option("password", "TEXT", "a password to ask at login (none by default)");
    parser.option("display", "NAME", "a display name");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    auto roles = core::parseRoles(*parser.value("roles"));
    if (!roles)
        return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                         "unknown role in '" + *parser.value("roles") +
                                             "'; roles are annotator, reviewer, expert, admin"));
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    auto user = project->users().add(parser.arg("NAME"), *roles, parser.valueOr("password", ""),
                                     parser.valueOr("display", ""));
    if (!user)
        return fail(context, user.error());
    (void)project->audit().record(std::nullopt, "users.add", "user:" + user->name,
                                  "{\"roles\":\"" + user->rolesText() + "\"}");
    context.out << "added user " << user->name << " (" << user->rolesText() << ")\n";
    return kExitOk;
}

int listUsers(CommandContext &context)
{
    ArgParser parser("assay users list FILE [--all]", "Lists the project's users.");
    parser.positional("FILE", "the project file");
    parser.flag("all", "include deactivated users");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    auto users = project->users().list(parser.isSet("all"));
    if (!users)
        return fail(context, users.error());
    for (const core::User &user : *users)
        context.out << user.name << "\t" << user.rolesText() << "\t"
                    << core::qualificationName(user.qualification)
                    << (user.hasPassword ? "\tpassword" : "") << (user.active ? "" : "\tinactive")
                    << "\n";
    return kExitOk;
}

int changeUser(CommandContext &context)
{
    ArgParser parser("assay users set FILE NAME [--roles LIST] [--password TEXT] "
                     "[--qualification STATE] [--deactivate|--activate]",
                     "Changes a user's roles, password, qualification or active state.");
    parser.positional("FILE", "the project file").positional("NAME", "login name");
    parser.option("roles", "LIST", "new roles (comma-separated)");
    parser.option("password", "TEXT", "new password (an empty string removes it)");
    parser.option("qualification", "STATE", "qualified, trainee or suspended");
    parser.flag("deactivate", "stop the user from logging in (their work is kept)");
    parser.flag("activate", "let a deactivated user log in again");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    auto user = project->users().byName(parser.arg("NAME"));
    if (!user)
        return fail(context, user.error());
    core::UserStore &users = project->users();
    if (auto roles = parser.value("roles")) {
        auto parsed = core::parseRoles(*roles);
        if (!parsed)
            return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                             "unknown role in '" + *roles + "'"));
        if (auto status = users.setRoles(user->id, *parsed); !status)
            return fail(context, status.error());
    }
    if (auto password = parser.value("password"))
        if (auto status = users.setPassword(user->id, *password); !status)
            return fail(context, status.error());
    if (auto q = parser.value("qualification")) {
        auto parsed = core::parseQualification(*q);
        if (!parsed)
            return fail(context,
                        core::Error(core::ErrorCode::InvalidArgument,
                                    "qualification must be qualified, trainee or suspended"));
        if (auto status = users.setQualification(user->id, *parsed); !status)
            return fail(context, status.error());
    }
    if (parser.isSet("deactivate") || parser.isSet("activate"))
        if (auto status = users.setActive(user->id, parser.isSet("activate")); !status)
            return fail(context, status.error());
    (void)project->audit().record(std::nullopt, "users.set", "user:" + user->name);
    context.out << "updated user " << user->name << "\n";
    return kExitOk;
}

} // namespace

int runUsers(CommandContext &context)
{
    return dispatch(context, "users", {{"add", addUser}, {"list", listUsers}, {"set", changeUser}});
}

} // namespace assay::cli
