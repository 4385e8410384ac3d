// Full-text item search over synthetic hotline tickets: index build time and query latency
// for 1-, 2- and 3+-character queries, first pages, deep pages, filtered and counted.
//   text_search_bench [ITEMS [PROJECT [BATCH]]]
// ITEMS defaults to 1,000,000. Given PROJECT, the project is kept there and re-used by later
// runs (its search index is dropped and rebuilt each run); otherwise it lives in a temporary
// directory that is removed at the end. BATCH is the number of items indexed per transaction.
// Times are wall-clock; the index build also prints CPU time, which a busy machine disturbs less.
#include "SyntheticData.h"
#include "io/ItemImporter.h"
#include "project/Project.h"
#include "search/TextSearch.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace assay;
using Clock = std::chrono::steady_clock;

namespace {

struct Query {
    const char *kind;
    const char *text;
    const char *note;
};

// Characters and words from the synthetic tickets, common and rare, and some that never occur
// (the worst case of a 1-2 character query: every text is scanned).
const Query kQueries[] = {
    {"1 char", "来", "in most texts"},
    {"1 char", "殡", "rare leaf"},
    {"1 char", "鑫", "nowhere"},
    {"2 chars", "物业", "common"},
    {"2 chars", "殡葬", "rare leaf"},
    {"2 chars", "鑫鑫", "nowhere"},
    {"3+ chars", "无人接听", "common phrase"},
    {"3+ chars", "物业收费", "common leaf"},
    {"3+ chars", "殡葬收费", "rare leaf"},
    {"3+ chars", "来电人情绪比较激动", "long, common"},
    {"3+ chars", "不存在的文本", "nowhere"},
};

double millis(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

template <typename F> double medianMillis(int runs, F &&run)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        run();
        times.push_back(millis(Clock::now() - start));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int fail(const core::Error &error)
{
    std::fprintf(stderr, "error: %s\n", error.toString().c_str());
    return 1;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

std::uint64_t fileSize(const std::string &path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : size;
}

} // namespace

int main(int argc, char **argv)
{
    const std::size_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const bool keep = argc > 2;
    const int batch = argc > 3 ? std::atoi(argv[3]) : 20000;
    const auto tempDir =
        std::filesystem::temp_directory_path() / ("assay-text-bench-" + std::to_string(::getpid()));
    const std::string path = keep ? std::string(argv[2]) : (tempDir / "bench.assay").string();

    std::unique_ptr<core::Project> project;
    if (keep && std::filesystem::exists(path)) {
        auto opened = core::Project::open(path);
        if (!opened)
            return fail(opened.error());
        project = std::move(*opened);
        std::printf("re-using %s\n", path.c_str());
    } else {
        std::filesystem::create_directories(keep ? std::filesystem::path(path).parent_path()
                                                 : tempDir);
        const std::string jsonl = path + ".jsonl";
        const auto taxonomy = bench::syntheticTaxonomy();
        bench::writeSyntheticJsonl(jsonl, taxonomy, count);
        auto created = core::Project::create(path);
        if (!created)
            return fail(created.error());
        project = std::move(*created);
        core::ImportOptions options;
        options.path = jsonl;
        const auto report = core::ItemImporter(*project).run(options);
        std::filesystem::remove(jsonl);
        if (!report.ok)
            return fail(report.failure);
        std::printf("imported %lld items in %.1f s\n", static_cast<long long>(report.imported),
                    report.seconds);
    }
    core::Database &db = project->database();
    auto items = db.queryInt("SELECT count(*) FROM items");
    auto textBytes = db.queryInt("SELECT sum(length(CAST(text AS BLOB))) FROM items");
    if (!items || !textBytes)
        return fail(items ? textBytes.error() : items.error());

    // Index from scratch each run.
    if (auto reset = db.exec("INSERT INTO items_fts (items_fts) VALUES ('delete-all'); "
                             "DELETE FROM project WHERE key = 'search.indexed_through'");
        !reset)
        return fail(reset.error());
    core::TextSearch search(db);
    const auto indexStart = Clock::now();
    const double cpuStart = cpuSeconds();
    if (auto indexed = search.ensureIndexed({}, batch); !indexed)
        return fail(indexed.error());
    const double indexSeconds = millis(Clock::now() - indexStart) / 1000.0;
    const double indexCpu = cpuSeconds() - cpuStart;
    auto indexBytes = db.queryInt("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'items_fts%'");
    if (auto checkpoint = db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !checkpoint)
        return fail(checkpoint.error());

    std::printf("items: %lld, text %.0f MB\n", static_cast<long long>(*items),
                static_cast<double>(*textBytes) / 1e6);
    std::printf("index build: %.1f s (CPU %.1f s, %.0f items/s, batches of %d), index %.0f MB, "
                "project file %.0f MB\n",
                indexSeconds, indexCpu, static_cast<double>(*items) / indexSeconds, batch,
                indexBytes ? static_cast<double>(*indexBytes) / 1e6 : 0.0,
                static_cast<double>(fileSize(path)) / 1e6);

    // A filter the data view uses: every 100th item accepted.
    {
        auto transaction = core::Transaction::begin(db);
        if (!transaction)
            return fail(transaction.error());
        for (std::int64_t id = 100; id <= *items; id += 100)
            if (auto set = project->items().setState(id, core::ItemState::Accepted); !set)
                return fail(set.error());
        if (auto committed = transaction->commit(); !committed)
            return fail(committed.error());
    }
    core::ItemFilter accepted;
    accepted.state = core::ItemState::Accepted;

    const int runs = 5;
    const std::int64_t middle = *items / 2;
    std::printf("\nmedian of %d runs, ms; a page is 50 ids\n", runs);
    std::printf("%-9s %-22s %-14s %9s %9s %9s %11s %8s\n", "query", "text", "", "page 1",
                "mid page", "accepted", "count<=10k", "matches");
    for (const Query &q : kQueries) {
        std::size_t firstPage = 0;
        const double first =
            medianMillis(runs, [&] { firstPage = search.find(q.text, 0, 50)->size(); });
        const double deep = medianMillis(runs, [&] { (void)search.find(q.text, middle, 50); });
        const double filtered =
            medianMillis(runs, [&] { (void)search.find(q.text, 0, 50, accepted); });
        std::int64_t counted = 0;
        const double countMs =
            medianMillis(runs, [&] { counted = *search.count(q.text, {}, 10000); });
        std::printf("%-9s %-22s %-14s %9.2f %9.2f %9.2f %11.2f %8s\n", q.kind, q.text, q.note,
                    first, deep, filtered, countMs,
                    counted >= 10000 ? "10000+" : std::to_string(counted).c_str());
        (void)firstPage;
    }

    // What the data view does for a search that must scan: a slice of the ids at a time.
    for (const std::int64_t window : {20000, 100000}) {
        std::int64_t steps = 0;
        double slowest = 0;
        const double total = medianMillis(1, [&] {
            std::int64_t after = 0;
            while (true) {
                const auto start = Clock::now();
                auto step = search.findStep("鑫", after, 50, window);
                slowest = std::max(slowest, millis(Clock::now() - start));
                ++steps;
                if (!step || step->finished)
                    break;
                after = step->lookedThrough;
            }
        });
        std::printf("scan in steps of %lld items (1 char, nowhere): %lld steps, slowest %.1f ms, "
                    "all %.0f ms\n",
                    static_cast<long long>(window), static_cast<long long>(steps), slowest, total);
    }

    project.reset();
    if (!keep)
        std::filesystem::remove_all(tempDir);
    return 0;
}
