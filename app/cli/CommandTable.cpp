#include "Command.h"
#include "Verbs.h"

namespace assay::cli {

const std::vector<Command> &allCommands()
{
    static const std::vector<Command> commands = {
        {"init", "create a new project file", runInit},
        {"schema", "add fields, import taxonomies, show the schema", runSchema},
        {"import", "import items from JSONL, CSV/TSV or plain text", runImport},
        {"users", "add, list and change users and their roles", runUsers},
        {"annotate", "load existing labels as a person's or a model's annotations", runAnnotate},
        {"stats", "show counts of items, states, labels and annotations", runStats},
        {"export", "export items, annotations and gold as JSONL", runExport},
        {"model", "train, evaluate and list the model; pre-label items with it", runModel},
    };
    return commands;
}

} // namespace assay::cli
