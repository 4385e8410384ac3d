#pragma once

#include "Command.h"

namespace assay::core {
struct ImportReport;
}

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

/// Prints an import's outcome: a summary on stdout, rejected rows and warnings on stderr;
/// returns the exit code.
int reportImport(CommandContext &context, const core::ImportReport &report, const char *what);

} // namespace assay::cli
