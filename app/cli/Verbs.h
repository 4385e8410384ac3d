#pragma once

#include "Command.h"

namespace assay::cli {

// One function per verb (or verb group with sub-verbs); each parses its own arguments.
int runInit(CommandContext &context);
int runSchema(CommandContext &context);
int runImport(CommandContext &context);
int runUsers(CommandContext &context);
int runAnnotate(CommandContext &context);
int runStats(CommandContext &context);
int runExport(CommandContext &context);
int runModel(CommandContext &context);

} // namespace assay::cli
