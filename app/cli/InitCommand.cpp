#include "Verbs.h"
#include "project/Project.h"

#include <ostream>

namespace assay::cli {

int runInit(CommandContext &context)
{
    ArgParser parser("assay init FILE [--name NAME]",
                     "Creates a new, empty project file (an SQLite database).");
    parser.positional("FILE", "the project file to create, e.g. hotline.assay");
    parser.option("name", "NAME", "the project's display name (default: the file name)");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    auto project = core::Project::create(parser.arg("FILE"), parser.valueOr("name", ""));
    if (!project)
        return fail(context, project.error());
    context.out << "created " << parser.arg("FILE") << "\n";
    return kExitOk;
}

} // namespace assay::cli
