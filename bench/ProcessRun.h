#pragma once

#include <string>
#include <vector>

namespace assay::bench {

/// How a child process ran: wall time, peak resident memory and exit code.
struct ProcessStats {
    double seconds = 0;
    double cpuSeconds = 0; ///< user + system time of the child
    double peakMegabytes = 0;
    int exitCode = -1;
};

/// Runs `argv` as a child process (stdout and stderr to /dev/null unless `quiet` is false)
/// and measures it.
ProcessStats runProcess(const std::vector<std::string> &argv, bool quiet = true);

} // namespace assay::bench
