#pragma once

#include "FastTextTool.h"
#include "schema/Label.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace assay::bench {

/// A text and the path of its label in the benchmark's taxonomy.
struct BenchRow {
    std::string text;
    std::string label;
};

/// One data set for the model benchmark.
struct ModelBenchmarkInput {
    std::string name;
    std::vector<core::LabelSpec> taxonomy;
    std::vector<BenchRow> train;
    std::vector<BenchRow> test;
    std::string itemsJsonl;    ///< items to import and pre-label ({"text": …} per line)
    std::string tutorialExtra; ///< added to the tutorial's fastText settings, e.g. "-loss hs"
    int seeds = 1;             ///< > 1: accuracy as the mean over seeds 1…N, one thread each
    bool ablation = false;     ///< also train without shuffling, to show what it adds
    std::string workDir;
};

/// Runs Assay's model and the `fasttext` tool side by side on one data set and prints
/// accuracy (Assay's default against the fastText tutorial's settings on characters),
/// training time (same file, same parameters) and pre-label throughput (into the project,
/// against `fasttext predict-prob` on the same model and texts).
class ModelBenchmark
{
public:
    static void run(const ModelBenchmarkInput &input, const FastTextTool &tool, std::ostream &out);
};

} // namespace assay::bench
