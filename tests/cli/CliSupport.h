#pragma once

#include "Command.h"

#include <sstream>
#include <string>
#include <vector>

namespace assay::test {

/// What one in-process run of the `assay` tool printed and returned.
struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

/// Runs `assay args...` in-process with string streams.
inline CliRun cliRun(const std::vector<std::string> &args)
{
    std::ostringstream out;
    std::ostringstream err;
    CliRun run;
    run.code = cli::runCli(args, out, err);
    run.out = out.str();
    run.err = err.str();
    return run;
}

/// Whether `text` contains `part`.
inline bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace assay::test
