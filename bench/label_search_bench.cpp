// Label picker search: index build time and latency per keystroke over the synthetic hotline
// taxonomy (~1,400 common + ~5,000 rare leaves and their parents, Chinese names).
//   label_search_bench [COMMON_LEAVES RARE_LEAVES [ROUNDS]]
// Queries are typed one keystroke at a time: Chinese (a character per keystroke, as an input
// method commits them), full pinyin, pinyin initials, English, and two-word queries.
// Each keystroke is timed by the wall clock and by the thread's CPU clock: on a busy machine
// the wall clock also counts time the scheduler gave to other processes.
#include "SyntheticData.h"
#include "project/Project.h"
#include "schema/LabelPath.h"
#include "search/LabelSearch.h"
#include "search/Pinyin.h"
#include "text/Utf8.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace assay;
using Clock = std::chrono::steady_clock;

namespace {

struct Typed {
    std::string mode;
    std::string prefix; ///< the query after one more keystroke
};

double micros(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

double threadCpuMicros()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e6 + static_cast<double>(now.tv_nsec) / 1e3;
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank =
        static_cast<std::size_t>(p / 100.0 * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(rank, samples.size() - 1)];
}

// Every prefix of `text`, one per keystroke: bytes for ASCII, whole characters otherwise.
void typeOut(std::vector<Typed> &out, const std::string &mode, const std::string &text)
{
    for (std::size_t pos = 0; pos < text.size();) {
        core::utf8::decode(text, pos);
        out.push_back({mode, text.substr(0, pos)});
    }
}

std::vector<Typed> keystrokes(const core::Taxonomy &taxonomy)
{
    std::vector<const core::Label *> leaves;
    std::vector<const core::Label *> named; // with an English name
    for (const core::Label &label : taxonomy.labels()) {
        if (taxonomy.isLeaf(label.id) && label.name != "其他")
            leaves.push_back(&label);
        if (!label.english.empty())
            named.push_back(&label);
    }
    bench::Random random(2024);
    std::vector<Typed> typed;
    for (int i = 0; i < 40; ++i) {
        const core::Label *leaf = leaves[random.below(leaves.size())];
        typeOut(typed, "chinese", leaf->name);
        typeOut(typed, "pinyin", core::toPinyin(leaf->name));
        typeOut(typed, "initials", core::toPinyinInitials(leaf->name));
        const auto segments = core::splitLabelPath(leaf->path);
        typeOut(typed, "two words", segments.front().substr(0, 6) + " " + segments.back());
    }
    for (int i = 0; i < 20; ++i)
        typeOut(typed, "english", named[random.below(named.size())]->english);
    typeOut(typed, "two words", "城乡 其他");
    typeOut(typed, "two words", "cxjs qt");
    return typed;
}

} // namespace

int main(int argc, char **argv)
{
    const std::size_t common = argc > 2 ? std::strtoull(argv[1], nullptr, 10) : 1400;
    const std::size_t rare = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 5000;
    const int rounds = argc > 3 ? std::atoi(argv[3]) : 5;

    const auto dir = std::filesystem::temp_directory_path() /
                     ("assay-label-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::shared_ptr<const core::Taxonomy> taxonomy;
    {
        auto project = core::Project::create((dir / "bench.assay").string());
        if (!project) {
            std::fprintf(stderr, "%s\n", project.error().toString().c_str());
            return 1;
        }
        core::Field field;
        field.name = "category";
        auto added = (*project)->schema().addField(field);
        auto report = added ? (*project)->schema().addLabels(
                                  added->id, bench::syntheticTaxonomy(common, rare, 12345))
                            : core::Result<core::LabelImportReport>(added.error());
        if (!report) {
            std::fprintf(stderr, "%s\n", report.error().toString().c_str());
            return 1;
        }
        auto loaded = (*project)->schema().taxonomy(added->id);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", loaded.error().toString().c_str());
            return 1;
        }
        taxonomy = *loaded;
    }
    std::filesystem::remove_all(dir);

    std::vector<double> builds;
    std::unique_ptr<core::LabelSearch> search;
    for (int i = 0; i < 10; ++i) {
        const auto start = Clock::now();
        search = std::make_unique<core::LabelSearch>(taxonomy);
        builds.push_back(micros(Clock::now() - start) / 1000.0);
    }

    const auto typed = keystrokes(*taxonomy);
    std::vector<double> all;
    std::vector<double> allCpu;
    std::map<std::string, std::vector<double>> byMode;
    std::size_t hits = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const Typed &t : typed) {
            const double cpuStart = threadCpuMicros();
            const auto start = Clock::now();
            const auto found = search->search(t.prefix, 50);
            const double us = micros(Clock::now() - start);
            allCpu.push_back(threadCpuMicros() - cpuStart);
            all.push_back(us);
            byMode[t.mode].push_back(us);
            hits += found.empty() ? 0 : 1;
        }
    }

    std::printf("taxonomy: %zu labels, %zu leaves (%zu common + %zu rare requested)\n",
                taxonomy->size(), taxonomy->leafCount(), common, rare);
    std::printf("index build: median %.2f ms, min %.2f ms\n", percentile(builds, 50),
                percentile(builds, 0));
    std::printf("keystrokes: %zu typed x %d rounds, %.0f%% with results\n", typed.size(), rounds,
                100.0 * static_cast<double>(hits) / static_cast<double>(all.size()));
    std::printf("%-10s %10s %10s %10s\n", "queries", "p50 us", "p99 us", "max us");
    for (const auto &[mode, samples] : byMode)
        std::printf("%-10s %10.0f %10.0f %10.0f\n", mode.c_str(), percentile(samples, 50),
                    percentile(samples, 99), percentile(samples, 100));
    std::printf("%-10s %10.0f %10.0f %10.0f\n", "all", percentile(all, 50), percentile(all, 99),
                percentile(all, 100));
    std::printf("%-10s %10.0f %10.0f %10.0f\n", "all (CPU)", percentile(allCpu, 50),
                percentile(allCpu, 99), percentile(allCpu, 100));
    std::printf("target p99 < 2 ms per keystroke: %s (wall), %s (CPU)\n",
                percentile(all, 99) < 2000.0 ? "met" : "NOT met",
                percentile(allCpu, 99) < 2000.0 ? "met" : "NOT met");
    return 0;
}
