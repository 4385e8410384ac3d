#pragma once

#include <optional>
#include <string>

namespace assay::bench {

/// Wall-clock and CPU seconds (user and system, all threads) of a piece of work.
struct Timing {
    double wall = 0;
    double cpu = 0;
};

/// CPU seconds used so far by this process (`children` false) or its waited-for children.
double cpuSeconds(bool children);

/// Runs Debian's `fasttext` command-line tool as a separate process, timing it by the wall
/// clock, so benchmarks can put Assay's figures next to the tool's on the same files.
class FastTextTool
{
public:
    /// The tool's path from PATH, or nullopt when it is not installed.
    static std::optional<std::string> find();
    explicit FastTextTool(std::string path)
        : m_path(std::move(path))
    {}

    /// `fasttext supervised -input … -output … ARGS`; returns the time it took.
    Timing supervised(const std::string &input, const std::string &outputStem,
                      const std::string &args) const;
    /// The accuracy of MODEL's top label over every line of FILE (one label a line), from
    /// `fasttext predict`; lines with labels the model never saw count as wrong.
    double precisionAtOne(const std::string &model, const std::string &file) const;
    /// `fasttext predict-prob MODEL FILE K`, output discarded; returns the time it took.
    Timing predictProb(const std::string &model, const std::string &file, int k) const;

private:
    std::string m_path;
};

} // namespace assay::bench
