#include "Command.h"

#include "project/Project.h"

#include <chrono>
#include <cstdio>
#include <ostream>

namespace assay::cli {

int parseOrExit(ArgParser &parser, CommandContext &context)
{
    if (!parser.parse(context.args)) {
        context.err << "assay: " << parser.error() << "\n\n" << parser.help();
        return kExitUsage;
    }
    if (parser.helpRequested()) {
        context.out << parser.help();
        return kExitOk;
    }
    return -1;
}

int fail(CommandContext &context, const core::Error &error)
{
    context.err << "assay: " << error.toString() << "\n";
    return kExitFailure;
}

std::unique_ptr<core::Project> openProject(CommandContext &context, const std::string &path)
{
    auto project = core::Project::open(path);
    if (!project) {
        fail(context, project.error());
        return nullptr;
    }
    return std::move(project).value();
}

std::function<bool(std::uint64_t, std::uint64_t)> progressPrinter(CommandContext &context,
                                                                  std::string label)
{
    if (!context.terminal)
        return {};
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    return [&context, label = std::move(label), last](std::uint64_t done, std::uint64_t total) {
        const auto now = std::chrono::steady_clock::now();
        if (done < total && now - *last < std::chrono::milliseconds(100))
            return true;
        *last = now;
        char line[160];
        if (total > 0)
            std::snprintf(line, sizeof line, "\r%s %5.1f%% (%.1f / %.1f MB)", label.c_str(),
                          100.0 * static_cast<double>(done) / static_cast<double>(total),
                          static_cast<double>(done) / 1e6, static_cast<double>(total) / 1e6);
        else
            std::snprintf(line, sizeof line, "\r%s %llu", label.c_str(),
                          static_cast<unsigned long long>(done));
        context.err << line << (done >= total && total > 0 ? "\n" : "") << std::flush;
        return true;
    };
}

int dispatch(CommandContext &context, const std::string &group,
             const std::vector<SubCommand> &subCommands)
{
    std::string names;
    for (const SubCommand &sub : subCommands)
        names += (names.empty() ? "" : "|") + sub.name;
    const std::string usage =
        "usage: assay " + group + " " + names + " FILE ... (each takes --help)\n";
    if (context.args.empty()) {
        context.err << usage;
        return kExitUsage;
    }
    if (context.args[0] == "--help" || context.args[0] == "-h") {
        context.out << usage;
        return kExitOk;
    }
    for (const SubCommand &sub : subCommands) {
        if (sub.name == context.args[0]) {
            CommandContext inner{{context.args.begin() + 1, context.args.end()},
                                 context.out,
                                 context.err,
                                 context.terminal};
            return sub.run(inner);
        }
    }
    context.err << "assay: unknown " << group << " command '" << context.args[0] << "'\n" << usage;
    return kExitUsage;
}

int runCli(const std::vector<std::string> &args, std::ostream &out, std::ostream &err,
           bool terminal)
{
    auto printUsage = [](std::ostream &stream) {
        stream << "usage: assay <command> [arguments] [--help]\n\n"
                  "Label text with people and a model; review, adjudicate, export gold.\n\n"
                  "commands:\n";
        for (const Command &command : allCommands())
            stream << "  " << command.name
                   << std::string(command.name.size() < 12 ? 12 - command.name.size() : 1, ' ')
                   << command.summary << "\n";
        stream << "\nRun 'assay <command> --help' for a command's arguments.\n";
    };
    if (args.empty()) {
        printUsage(err);
        return kExitUsage;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printUsage(out);
        return kExitOk;
    }
    if (args[0] == "--version") {
        out << "assay " << ASSAY_VERSION << "\n";
        return kExitOk;
    }
    for (const Command &command : allCommands()) {
        if (command.name == args[0]) {
            CommandContext context{{args.begin() + 1, args.end()}, out, err, terminal};
            return command.run(context);
        }
    }
    err << "assay: unknown command '" << args[0] << "'\n\n";
    printUsage(err);
    return kExitUsage;
}

} // namespace assay::cli
