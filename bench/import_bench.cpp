// Import and export throughput on a million hotline-like items, next to SQLite's own shell.
//
//   import_bench [--items N] [--dir DIR] [--assay PATH]
//
// Generates (once, kept in DIR) a 6,400-leaf taxonomy and N items as JSONL and as CSV with
// the same rows, then times, each in a fresh file:
//   - `assay import` of the JSONL (its peak memory too),
//   - the sqlite3 shell's `.import --csv` of the CSV into a table with the same columns,
//   - `assay export` of the imported project.
#include "ProcessRun.h"
#include "SyntheticData.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

namespace fs = std::filesystem;
using assay::bench::runProcess;

namespace {

std::string siblingAssay(const char *argv0)
{
    // The benchmark lives in <build>/bench; the tool in <build>/app/cli.
    const fs::path self = fs::canonical("/proc/self/exe");
    const fs::path candidate = self.parent_path().parent_path() / "app" / "cli" / "assay";
    (void)argv0;
    return candidate.string();
}

void check(const assay::bench::ProcessStats &stats, const std::string &what)
{
    if (stats.exitCode != 0) {
        std::cerr << what << " failed with exit code " << stats.exitCode << "\n";
        std::exit(1);
    }
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t items = 1000000;
    fs::path dir = fs::temp_directory_path() / "assay-bench";
    std::string assay = siblingAssay(argv[0]);
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--items")
            items = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--dir")
            dir = argv[i + 1];
        else if (flag == "--assay")
            assay = argv[i + 1];
    }
    fs::create_directories(dir);
    const std::string tag = std::to_string(items);
    const fs::path jsonl = dir / ("items-" + tag + ".jsonl");
    const fs::path csv = dir / ("items-" + tag + ".csv");
    const fs::path taxonomyCsv = dir / "taxonomy.csv";
    if (!fs::exists(jsonl) || !fs::exists(csv) || !fs::exists(taxonomyCsv)) {
        std::cout << "generating " << items << " items in " << dir.string() << " …\n" << std::flush;
        const auto taxonomy = assay::bench::syntheticTaxonomy();
        assay::bench::writeTaxonomyCsv(taxonomyCsv.string(), taxonomy);
        assay::bench::writeSyntheticJsonl(jsonl.string(), taxonomy, items);
        assay::bench::writeSyntheticCsv(csv.string(), taxonomy, items);
    }
    const double megabytes = static_cast<double>(fs::file_size(jsonl)) / 1e6;

    const fs::path project = dir / "bench.assay";
    const fs::path shellDb = dir / "shell.db";
    const fs::path exported = dir / "export.jsonl";
    for (const fs::path &p : {project, shellDb, exported}) {
        fs::remove(p);
        fs::remove(p.string() + "-wal");
        fs::remove(p.string() + "-shm");
    }

    check(runProcess({assay, "init", project.string()}), "assay init");
    check(runProcess({assay, "schema", "import", project.string(), taxonomyCsv.string(), "--field",
                      "类别"}),
          "assay schema import");
    const auto imported = runProcess({assay, "import", project.string(), jsonl.string()});
    check(imported, "assay import");

    const auto shell =
        runProcess({"sqlite3", shellDb.string(),
                    "CREATE TABLE items (id TEXT, text TEXT, label TEXT, meta TEXT);",
                    ".import --csv --skip 1 " + csv.string() + " items"});
    check(shell, "sqlite3 .import");

    const auto exportRun =
        runProcess({assay, "export", project.string(), "--output", exported.string()});
    check(exportRun, "assay export");

    const double assayRate = static_cast<double>(items) / imported.seconds;
    const double shellRate = static_cast<double>(items) / shell.seconds;
    std::printf("items                 %zu (JSONL %.0f MB)\n", items, megabytes);
    std::printf("assay import (JSONL)  %8.2f s  %10.0f items/s  cpu %6.2f s  peak %6.1f MB\n",
                imported.seconds, assayRate, imported.cpuSeconds, imported.peakMegabytes);
    std::printf("sqlite3 .import (CSV) %8.2f s  %10.0f items/s  cpu %6.2f s  peak %6.1f MB\n",
                shell.seconds, shellRate, shell.cpuSeconds, shell.peakMegabytes);
    std::printf("ratio assay/sqlite3   %8.2f  (>= 1.0 means Assay imports faster)\n",
                assayRate / shellRate);
    std::printf("assay export (JSONL)  %8.2f s  %10.0f items/s  peak %6.1f MB\n", exportRun.seconds,
                static_cast<double>(items) / exportRun.seconds, exportRun.peakMegabytes);
    return 0;
}
