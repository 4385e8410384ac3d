// Writes the synthetic hotline data set used by the benchmarks, for use by hand:
//   synthetic_data OUTDIR [ITEMS]
// produces OUTDIR/taxonomy.csv, OUTDIR/items.jsonl and OUTDIR/items.csv.
#include "SyntheticData.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::cerr << "usage: synthetic_data OUTDIR [ITEMS]\n";
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const std::size_t count = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1000000;
    std::filesystem::create_directories(dir);
    const auto taxonomy = assay::bench::syntheticTaxonomy();
    assay::bench::writeTaxonomyCsv((dir / "taxonomy.csv").string(), taxonomy);
    assay::bench::writeSyntheticJsonl((dir / "items.jsonl").string(), taxonomy, count);
    assay::bench::writeSyntheticCsv((dir / "items.csv").string(), taxonomy, count);
    std::cout << "wrote " << count << " items and " << taxonomy.size() << " labels to "
              << dir.string() << "\n";
    return 0;
}
