#include "FastTextTool.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/resource.h>

namespace assay::bench {
namespace {

std::string quoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    return out + "'";
}

Timing timed(const std::string &command)
{
    const double cpuBefore = cpuSeconds(true);
    const auto start = std::chrono::steady_clock::now();
    const int status = std::system(command.c_str());
    Timing timing;
    timing.wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    timing.cpu = cpuSeconds(true) - cpuBefore;
    if (status != 0)
        throw std::runtime_error("command failed: " + command);
    return timing;
}

} // namespace

double cpuSeconds(bool children)
{
    rusage usage{};
    getrusage(children ? RUSAGE_CHILDREN : RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::optional<std::string> FastTextTool::find()
{
    const char *path = std::getenv("PATH");
    std::stringstream directories(path ? path : "/usr/bin");
    std::string directory;
    while (std::getline(directories, directory, ':')) {
        const auto candidate = std::filesystem::path(directory) / "fasttext";
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec))
            return candidate.string();
    }
    return std::nullopt;
}

Timing FastTextTool::supervised(const std::string &input, const std::string &outputStem,
                                const std::string &args) const
{
    return timed(quoted(m_path) + " supervised -input " + quoted(input) + " -output " +
                 quoted(outputStem) + " " + args + " > /dev/null 2>&1");
}

double FastTextTool::precisionAtOne(const std::string &model, const std::string &file) const
{
    // `fasttext predict` rather than `fasttext test`: test leaves out the lines whose labels
    // the model never saw in training and prints three digits; Assay's evaluation counts
    // those lines as wrong, so both are scored here over every line, in full precision.
    const std::string command =
        quoted(m_path) + " predict " + quoted(model) + " " + quoted(file) + " 1 2>/dev/null";
    std::FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    std::ifstream in(file, std::ios::binary);
    std::string truth;
    long long lines = 0;
    long long right = 0;
    std::string predicted;
    char buffer[4096];
    while (std::getline(in, truth)) {
        predicted.clear();
        while (std::fgets(buffer, sizeof buffer, pipe)) {
            predicted += buffer;
            if (!predicted.empty() && predicted.back() == '\n')
                break;
        }
        while (!predicted.empty() && (predicted.back() == '\n' || predicted.back() == ' '))
            predicted.pop_back();
        const std::string label = truth.substr(0, truth.find(' '));
        ++lines;
        right += !predicted.empty() && predicted == label;
    }
    if (pclose(pipe) != 0 || lines == 0)
        throw std::runtime_error("no predictions from: " + command);
    return static_cast<double>(right) / static_cast<double>(lines);
}

Timing FastTextTool::predictProb(const std::string &model, const std::string &file, int k) const
{
    return timed(quoted(m_path) + " predict-prob " + quoted(model) + " " + quoted(file) + " " +
                 std::to_string(k) + " > /dev/null");
}

} // namespace assay::bench
