#include "Command.h"
#include "Verbs.h"

namespace assay::cli {

const std::vector<Command> &allCommands()
{
    static const std::vector<Command> commands = {
        {"init", "create a new project file", runInit},
        {"users", "add, list and change users and their roles", runUsers},
        {"model", "train, evaluate and list the model; pre-label items with it", runModel},
    };
    return commands;
}

} // namespace assay::cli
