#include "Command.h"
#include "Verbs.h"

namespace assay::cli {

const std::vector<Command> &allCommands()
{
    static const std::vector<Command> commands = {
        {"init", "create a new project file", runInit},
        {"users", "add, list and change users and their roles", runUsers},
    };
    return commands;
}

} // namespace assay::cli
