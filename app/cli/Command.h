#pragma once

#include "ArgParser.h"
#include "error/Error.h"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace assay::core {
class Project;
}

namespace assay::cli {

/// Streams and arguments of one CLI invocation; tests inject string streams.
struct CommandContext {
    std::vector<std::string> args; ///< after the verb
    std::ostream &out;
    std::ostream &err;
    bool terminal = false; ///< stderr is a terminal: show progress
};

/// A verb of the `assay` tool.
struct Command {
    std::string name;    ///< e.g. "import", or "schema" for a verb with sub-verbs
    std::string summary; ///< one line for `assay --help`
    std::function<int(CommandContext &)> run;
};

/// A sub-verb of a verb group, e.g. `users add`.
struct SubCommand {
    std::string name;
    std::function<int(CommandContext &)> run;
};

/// Runs the sub-verb named by the first argument, with the remaining arguments.
int dispatch(CommandContext &context, const std::string &group,
             const std::vector<SubCommand> &subCommands);

/// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; ///< the operation failed (message on stderr)
inline constexpr int kExitUsage = 2;   ///< the command line was wrong

/// Parses the verb's arguments; prints help (returns kExitOk) or a usage error (kExitUsage)
/// when it should not go on, else returns -1.
int parseOrExit(ArgParser &parser, CommandContext &context);

/// Prints an error to stderr as "assay: file:line: message" and returns kExitFailure.
int fail(CommandContext &context, const core::Error &error);

/// Opens a project for a verb, printing the error when it cannot.
std::unique_ptr<core::Project> openProject(CommandContext &context, const std::string &path);

/// A progress printer for long work: a self-updating line on a terminal, nothing otherwise.
std::function<bool(std::uint64_t, std::uint64_t)> progressPrinter(CommandContext &context,
                                                                  std::string label);

/// All verbs, in the order `assay --help` lists them.
const std::vector<Command> &allCommands();

/// Runs the tool with `args` (without the program name).
int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err,
           bool terminal = false);

} // namespace assay::cli
