#include "ModelBenchmark.h"

#include "io/ItemImporter.h"
#include "io/JsonWriter.h"
#include "model/Classifier.h"
#include "model/ClassifierTrainer.h"
#include "model/ModelStore.h"
#include "model/ModelTrainer.h"
#include "model/Prelabeler.h"
#include "model/Tokenizer.h"
#include "project/Project.h"
#include "schema/LabelPath.h"
#include "text/Utf8.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <stdexcept>

namespace assay::bench {
namespace {

template <typename T> T check(core::Result<T> result, const char *what)
{
    if (!result)
        throw std::runtime_error(std::string(what) + ": " + result.error().toString());
    return std::move(result).value();
}

void check(const core::Status &status, const char *what)
{
    if (!status)
        throw std::runtime_error(std::string(what) + ": " + status.error().toString());
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string format(const char *pattern, double value)
{
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

// The text as single characters separated by spaces, as the fastText tutorial prepares
// Chinese text: every code point that is not white space is a token.
std::string characters(const std::string &text)
{
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = core::utf8::decode(text, pos);
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 || cp == 0)
            continue;
        if (!out.empty())
            out += ' ';
        core::utf8::append(out, cp);
    }
    return out;
}

struct Stats {
    double mean = 0, low = 1, high = 0;
    void add(double v, int n)
    {
        mean += v / n;
        low = std::min(low, v);
        high = std::max(high, v);
    }
    std::string text(int n) const
    {
        if (n == 1)
            return format("%.4f", mean);
        return format("%.4f", mean) + " (" + format("%.4f", low) + "–" + format("%.4f", high) + ")";
    }
};

std::string paramsArgs(const core::ModelParams &p)
{
    const char *loss = p.loss == core::ModelLoss::HierarchicalSoftmax ? "hs"
                       : p.loss == core::ModelLoss::OneVsAll          ? "ova"
                                                                      : "softmax";
    return "-dim " + std::to_string(*p.dim) + " -lr " + format("%g", *p.lr) + " -epoch " +
           std::to_string(*p.epoch) + " -wordNgrams " + std::to_string(p.wordNgrams) + " -bucket " +
           std::to_string(*p.bucket) + " -minCount " + std::to_string(p.minCount) + " -loss " +
           loss + " -thread " + std::to_string(p.threads) + " -seed " + std::to_string(p.seed) +
           " -verbose 0";
}

} // namespace

void ModelBenchmark::run(const ModelBenchmarkInput &input, const FastTextTool &tool,
                         std::ostream &out)
{
    namespace fs = std::filesystem;
    const fs::path dir = input.workDir;
    fs::create_directories(dir);
    const std::string projectPath = (dir / "bench.assay").string();
    fs::remove(projectPath);
    fs::remove(projectPath + "-wal");
    fs::remove(projectPath + "-shm");

    // The project: one single-choice field over the taxonomy, every item imported.
    auto project = check(core::Project::create(projectPath), "create project");
    core::Field field;
    field.name = "category";
    const core::Field added = check(project->schema().addField(field), "add field");
    check(project->schema().addLabels(added.id, input.taxonomy), "add labels");
    auto importStart = std::chrono::steady_clock::now();
    core::ImportOptions importOptions;
    importOptions.path = input.itemsJsonl;
    const core::ImportReport imported = core::ItemImporter(*project).run(importOptions);
    if (!imported.ok)
        throw std::runtime_error("import: " + imported.failure.toString());
    const double importSeconds = secondsSince(importStart);
    auto taxonomy = check(project->schema().taxonomy(added.id), "taxonomy");

    // Labelled files: JSONL for Assay, characters for the tutorial baseline.
    const std::string trainJsonl = (dir / "train.jsonl").string();
    const std::string trainChars = (dir / "train.chars.txt").string();
    const std::string testChars = (dir / "test.chars.txt").string();
    std::vector<core::LabelledExample> trainExamples;
    std::vector<core::LabelledExample> testExamples;
    {
        std::ofstream jsonl(trainJsonl, std::ios::binary);
        std::ofstream chars(trainChars, std::ios::binary);
        for (const BenchRow &row : input.train) {
            const core::Label *label = (*taxonomy).byPath(row.label);
            if (!label)
                throw std::runtime_error("unknown label " + row.label);
            jsonl << "{\"text\":" << core::jsonQuoted(row.text)
                  << ",\"label\":" << core::jsonQuoted(row.label) << "}\n";
            chars << "__label__" << label->id << ' ' << characters(row.text) << '\n';
            trainExamples.push_back({0, row.text, {label->id}});
        }
        std::ofstream testOut(testChars, std::ios::binary);
        for (const BenchRow &row : input.test) {
            const core::Label *label = (*taxonomy).byPath(row.label);
            if (!label)
                throw std::runtime_error("unknown label " + row.label);
            testOut << "__label__" << label->id << ' ' << characters(row.text) << '\n';
            testExamples.push_back({0, row.text, {label->id}});
        }
    }
    std::vector<const core::LabelledExample *> trainPointers;
    for (const auto &example : trainExamples)
        trainPointers.push_back(&example);
    std::vector<const core::LabelledExample *> testPointers;
    for (const auto &example : testExamples)
        testPointers.push_back(&example);
    core::LabelSpace space;
    std::unordered_map<std::int64_t, int> indexOf;
    for (const core::Label &label : taxonomy->labels()) {
        auto parent = indexOf.find(label.parentId);
        indexOf[label.id] = space.add(label.path, parent == indexOf.end() ? -1 : parent->second);
    }

    out << "\n== " << input.name << ": " << input.train.size() << " training items, "
        << input.test.size() << " test items, " << taxonomy->leafCount() << " leaf labels, "
        << imported.imported << " project items ==\n";
    out << "(import of the project items: " << format("%.1f s", importSeconds) << ")\n";

    // 1. Train Assay's default through the product path (labelled data given to the project).
    core::TrainOptions trainOptions;
    trainOptions.params.holdout = 0;
    trainOptions.files.push_back({trainJsonl, "text", "label"});
    const double trainCpuBefore = cpuSeconds(false);
    const core::TrainReport trained =
        check(core::ModelTrainer(*project).train(field.name, trainOptions), "train");
    const double trainCpu = cpuSeconds(false) - trainCpuBefore;
    const core::ModelParams &params = trained.params;
    core::ModelStore models(project->database());
    auto classifier = check(
        core::Classifier::fromBlob(check(models.data(trained.model.id), "blob")), "load model");
    const core::Evaluation evaluation = core::ClassifierTrainer::evaluate(
        *classifier, testPointers, space, indexOf, trained.trainSize);

    // The same training file, for the tool with the same parameters.
    const std::string sameFile = (dir / "train.assay.txt").string();
    const auto written =
        check(core::TrainingFile::write(sameFile, trainPointers, params.shuffle, params.seed),
              "write training file");
    const std::string sameModel = (dir / "same").string();
    const Timing toolTrain = tool.supervised(sameFile, sameModel, paramsArgs(params));
    const double toolTrainSeconds = toolTrain.wall;
    // The tool's model from that file, scored on the test texts tokenised as Assay does:
    // what Assay's own prediction path should reach with the same training.
    const std::string testTokens = (dir / "test.tokens.txt").string();
    {
        std::ofstream tokens(testTokens, std::ios::binary);
        for (const core::LabelledExample &example : testExamples)
            tokens << "__label__" << example.labels.front() << ' '
                   << core::Tokenizer::tokens(example.text) << '\n';
    }
    const double sameAccuracy = tool.precisionAtOne(sameModel + ".bin", testTokens);

    out << "\nAssay's default parameters: " << params.toJson() << "\n";
    out << "training time, same file and parameters (" << params.threads << " threads):\n"
        << "  Assay (tokenise, write the file, train)  " << format("%.2f s", trained.trainSeconds)
        << format(" (everything: %.2f CPU s)", trainCpu)
        << "\n  fasttext supervised                      " << format("%.2f s", toolTrainSeconds)
        << format(" (%.2f CPU s)", toolTrain.cpu) << "\n  ratio Assay / fasttext                   "
        << format("%.2f", trained.trainSeconds / toolTrainSeconds)
        << (written.sha256 == trained.model.trainHash ? "   (identical training file)"
                                                      : "   (training files differ!)")
        << "\n  Assay, everything (read labels, train, store "
        << format("%.1f MB", static_cast<double>(trained.model.size) / 1e6) << ")  "
        << format("%.2f s", trained.seconds) << "\n";

    // 2. Accuracy against the fastText tutorial's settings on characters.
    const int seeds = std::max(1, input.seeds);
    Stats assay;
    Stats tutorial;
    const std::string tutorialModel = (dir / "tutorial").string();
    for (int seed = 1; seed <= seeds; ++seed) {
        if (seeds > 1) {
            core::ModelParams p;
            p.threads = 1;
            p.seed = static_cast<std::uint32_t>(seed);
            auto run = check(core::ClassifierTrainer::train(trainPointers, p, false), "train seed");
            assay.add(core::ClassifierTrainer::evaluate(*run.classifier, testPointers, space,
                                                        indexOf, trained.trainSize)
                          .accuracy,
                      seeds);
        } else {
            assay.add(evaluation.accuracy, 1);
        }
        tool.supervised(trainChars, tutorialModel,
                        "-lr 1.0 -epoch 25 -wordNgrams 2 -verbose 0 " +
                            (seeds > 1 ? "-thread 1 -seed " + std::to_string(seed)
                                       : "-thread " + std::to_string(params.threads)) +
                            " " + input.tutorialExtra);
        tutorial.add(tool.precisionAtOne(tutorialModel + ".bin", testChars), seeds);
    }
    out << "\naccuracy on the test items"
        << (seeds > 1
                ? " (mean, lowest–highest over seeds 1–" + std::to_string(seeds) + ", one thread)"
                : std::string(" (one run, all threads)"))
        << ":\n  Assay default                                 " << assay.text(seeds)
        << "\n  fasttext supervised, characters, -lr 1.0 -epoch 25 -wordNgrams 2"
        << (input.tutorialExtra.empty() ? "" : " " + input.tutorialExtra) << "  "
        << tutorial.text(seeds) << "\n  difference                                    "
        << format("%+.1f points", (assay.mean - tutorial.mean) * 100)
        << "\n  fasttext supervised on Assay's training file and parameters, tokens as Assay's  "
        << format("%.4f", sameAccuracy) << "\n";
    if (input.ablation) {
        core::ModelParams p;
        p.threads = 1;
        p.shuffle = false;
        Stats unshuffled;
        for (int seed = 1; seed <= seeds; ++seed) {
            p.seed = static_cast<std::uint32_t>(seed);
            auto run = check(core::ClassifierTrainer::train(trainPointers, p, false), "train");
            unshuffled.add(core::ClassifierTrainer::evaluate(*run.classifier, testPointers, space,
                                                             indexOf, trained.trainSize)
                               .accuracy,
                           seeds);
        }
        out << "  Assay default without shuffling the examples " << unshuffled.text(seeds) << "\n";
    }
    out << "  Assay default, top-3 " << format("%.4f", evaluation.top3Accuracy) << ", macro-F1 "
        << format("%.4f", evaluation.macroF1) << ", calibration error "
        << format("%.3f", evaluation.calibrationError);
    for (const core::CoverageAtPrecision &point : evaluation.coverage)
        if (point.target == 0.95)
            out << ", coverage at 95% precision "
                << (point.reached ? format("%.1f%%", point.coverage * 100) : "none");
    out << "\n";
    if (!evaluation.levels.empty()) {
        out << "  accuracy by taxonomy level:";
        for (const core::LevelAccuracy &level : evaluation.levels)
            out << " " << level.depth << ": " << format("%.4f", level.accuracy);
        out << "\n";
    }

    // 3. Pre-label throughput, into the project, against predict-prob on the same texts.
    const std::string textsFile = (dir / "items.tokens.txt").string();
    {
        std::ofstream texts(textsFile, std::ios::binary);
        auto stmt =
            check(project->database().prepare("SELECT text FROM items ORDER BY id"), "read");
        while (check(stmt.step(), "read"))
            texts << core::Tokenizer::tokens(stmt.columnText(0)) << '\n';
    }
    const std::string modelFile = (dir / "assay-model.bin").string();
    check(classifier->saveFastTextFile(modelFile), "save model");
    const int topK = params.topK;
    core::PrelabelOptions prelabelOptions;
    prelabelOptions.topK = topK;
    const double cpuBefore = cpuSeconds(false);
    const core::PrelabelReport prelabelled =
        check(core::Prelabeler(*project).run(field.name, prelabelOptions), "pre-label");
    const double assayCpu = cpuSeconds(false) - cpuBefore;
    const Timing toolPredict = tool.predictProb(modelFile, textsFile, topK);
    const double toolPredictSeconds = toolPredict.wall;
    const double assayRate = static_cast<double>(prelabelled.labelled) / prelabelled.seconds;
    const double toolRate = static_cast<double>(imported.imported) / toolPredictSeconds;
    out << "\npre-label throughput, " << prelabelled.labelled << " items, top " << topK
        << " labels, the same model:\n"
        << "  Assay, into the project (read, predict, write)  " << format("%.0f items/s", assayRate)
        << "  (" << format("%.1f s", prelabelled.seconds) << ": reading "
        << format("%.1f s", prelabelled.readSeconds) << ", writing "
        << format("%.1f s", prelabelled.writeSeconds) << ", waiting for predictions "
        << format("%.1f s", prelabelled.waitSeconds) << "; " << format("%.1f CPU s", assayCpu)
        << ")\n"
        << "  fasttext predict-prob, output discarded          " << format("%.0f items/s", toolRate)
        << "  (" << format("%.1f s", toolPredictSeconds) << "; "
        << format("%.1f CPU s", toolPredict.cpu) << ")\n"
        << "  ratio Assay / fasttext                           "
        << format("%.2f", assayRate / toolRate) << "\n";
    out.flush();
}

} // namespace assay::bench
