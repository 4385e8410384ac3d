// Benchmarks Assay's embedded model against Debian's `fasttext` command-line tool, in one run:
//   model_bench [--tnews DIR] [--tnews-items N] [--items N] [--train N] [--test N]
//               [--skip-tnews] [--skip-synthetic] [--work DIR] [--keep]
// For TNEWS (train_few_all.json → test_public.json) and for the synthetic hotline set
// (a 6,400-leaf taxonomy, 1,000,000 items by default) it prints accuracy next to the fastText
// tutorial's settings on characters, training time next to `fasttext supervised` with the
// same file and parameters, and pre-label throughput next to `fasttext predict-prob`.
#include "FastTextTool.h"
#include "ModelBenchmark.h"
#include "SyntheticData.h"
#include "io/JsonWriter.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

namespace {

using namespace assay;

std::vector<nlohmann::json> readJsonLines(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::vector<nlohmann::json> rows;
    std::string line;
    while (std::getline(in, line))
        if (line.find_first_not_of(" \r\t") != std::string::npos)
            rows.push_back(nlohmann::json::parse(line));
    return rows;
}

bench::ModelBenchmarkInput tnewsInput(const std::string &dir, std::size_t items,
                                      const std::string &work)
{
    bench::ModelBenchmarkInput input;
    input.name = "TNEWS";
    input.seeds = 5;
    input.ablation = true;
    input.workDir = work + "/tnews";
    for (const auto &row : readJsonLines(dir + "/label_index2en2zh.json")) {
        core::LabelSpec spec;
        spec.path = {row["label"].get<std::string>()};
        spec.english = row["label_desc"].get<std::string>();
        input.taxonomy.push_back(spec);
    }
    auto rowsOf = [&](const std::string &file) {
        std::vector<bench::BenchRow> rows;
        for (const auto &row : readJsonLines(dir + "/" + file))
            rows.push_back(
                {row["sentence"].get<std::string>(), std::to_string(row["label"].get<int>())});
        return rows;
    };
    input.train = rowsOf("train_few_all.json");
    input.test = rowsOf("test_public.json");
    const std::vector<bench::BenchRow> dev = rowsOf("dev_few_all.json");
    std::vector<const bench::BenchRow *> all;
    for (const std::vector<bench::BenchRow> *set :
         {static_cast<const std::vector<bench::BenchRow> *>(&input.train), &dev,
          static_cast<const std::vector<bench::BenchRow> *>(&input.test)})
        for (const auto &row : *set)
            all.push_back(&row);
    std::filesystem::create_directories(input.workDir);
    input.itemsJsonl = input.workDir + "/items.jsonl";
    std::ofstream out(input.itemsJsonl, std::ios::binary);
    for (std::size_t i = 0; i < items; ++i)
        out << "{\"text\":" << core::jsonQuoted(all[i % all.size()]->text) << "}\n";
    return input;
}

bench::ModelBenchmarkInput syntheticInput(std::size_t items, std::size_t train, std::size_t test,
                                          const std::string &work)
{
    bench::ModelBenchmarkInput input;
    input.name = "synthetic hotline tickets";
    input.workDir = work + "/synthetic";
    // Softmax over 6,400 labels would take hours at 25 epochs; the tutorial's settings are
    // run with the hierarchical softmax, as fastText recommends for many labels.
    input.tutorialExtra = "-loss hs";
    input.taxonomy = bench::syntheticTaxonomy();
    std::filesystem::create_directories(input.workDir);
    input.itemsJsonl = input.workDir + "/items.jsonl";
    std::ofstream out(input.itemsJsonl, std::ios::binary);
    bench::SyntheticItems generator(input.taxonomy);
    for (std::size_t i = 0; i < items; ++i) {
        bench::SyntheticItem item = generator.next();
        out << "{\"id\":" << core::jsonQuoted(item.id)
            << ",\"text\":" << core::jsonQuoted(item.text) << "}\n";
        if (i < train)
            input.train.push_back({item.text, item.labelPath});
        else if (i < train + test)
            input.test.push_back({item.text, item.labelPath});
    }
    return input;
}

} // namespace

int main(int argc, char **argv)
{
    std::string tnewsDir = ASSAY_SHARED_DATA_DIR "/tnews";
    std::size_t tnewsItems = 100000;
    std::size_t items = 1000000;
    std::size_t train = 200000;
    std::size_t test = 50000;
    bool skipTnews = false;
    bool skipSynthetic = false;
    bool keep = false;
    std::string work = (std::filesystem::temp_directory_path() / "assay-model-bench").string();
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "model_bench: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--tnews")
            tnewsDir = next();
        else if (arg == "--tnews-items")
            tnewsItems = std::stoull(next());
        else if (arg == "--items")
            items = std::stoull(next());
        else if (arg == "--train")
            train = std::stoull(next());
        else if (arg == "--test")
            test = std::stoull(next());
        else if (arg == "--skip-tnews")
            skipTnews = true;
        else if (arg == "--skip-synthetic")
            skipSynthetic = true;
        else if (arg == "--keep")
            keep = true;
        else if (arg == "--work")
            work = next();
        else {
            std::cerr << "usage: model_bench [--tnews DIR] [--tnews-items N] [--items N] "
                         "[--train N] [--test N] [--skip-tnews] [--skip-synthetic] [--work DIR] "
                         "[--keep]\n";
            return 2;
        }
    }
    const auto toolPath = assay::bench::FastTextTool::find();
    if (!toolPath) {
        std::cerr << "model_bench: the fasttext command-line tool is not installed "
                     "(Debian package fasttext)\n";
        return 1;
    }
    const assay::bench::FastTextTool tool(*toolPath);
    std::cout << "Assay's model against " << *toolPath << ", on "
              << std::thread::hardware_concurrency() << " cores\n";
    try {
        if (!skipTnews) {
            if (std::filesystem::exists(tnewsDir + "/train_few_all.json"))
                assay::bench::ModelBenchmark::run(tnewsInput(tnewsDir, tnewsItems, work), tool,
                                                  std::cout);
            else
                std::cout << "\n(TNEWS skipped: " << tnewsDir << " not found)\n";
        }
        if (!skipSynthetic)
            assay::bench::ModelBenchmark::run(syntheticInput(items, train, test, work), tool,
                                              std::cout);
    } catch (const std::exception &e) {
        std::cerr << "model_bench: " << e.what() << "\n";
        return 1;
    }
    if (!keep)
        std::filesystem::remove_all(work);
    return 0;
}
