#include "ModelCommand.h"

#include "Verbs.h"
#include "model/ModelTrainer.h"
#include "model/Prelabeler.h"
#include "project/Clock.h"
#include "project/Project.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace assay::cli {
namespace {

std::atomic<bool> g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
}

core::Result<int> intOption(const ArgParser &parser, const std::string &name)
{
    const std::string text = *parser.value(name);
    try {
        std::size_t used = 0;
        const int value = std::stoi(text, &used);
        if (used == text.size())
            return value;
    } catch (const std::exception &) {
    }
    return core::Error(core::ErrorCode::InvalidArgument,
                       "--" + name + " takes a whole number, not '" + text + "'");
}

core::Result<double> doubleOption(const ArgParser &parser, const std::string &name)
{
    const std::string text = *parser.value(name);
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        if (used == text.size())
            return value;
    } catch (const std::exception &) {
    }
    return core::Error(core::ErrorCode::InvalidArgument,
                       "--" + name + " takes a number, not '" + text + "'");
}

std::string seconds(double s)
{
    char text[32];
    std::snprintf(text, sizeof text, s < 10 ? "%.2f s" : "%.1f s", s);
    return text;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    g_interrupted = false;
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
}

bool InterruptGuard::interrupted()
{
    return g_interrupted;
}

std::string percent(double share)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", share * 100.0);
    return text;
}

void addModelParamOptions(ArgParser &parser)
{
    parser.option("epoch", "N", "passes over the data (default: 25, fewer on large sets)");
    parser.option("lr", "RATE", "learning rate (default: 1.0)");
    parser.option("dim", "N", "size of the text vectors (default: 64)");
    parser.option("word-ngrams", "N", "word n-grams; 2 adds character bigrams (default: 2)");
    parser.option("bucket", "N", "hash buckets for n-grams (default: sized to the data)");
    parser.option("loss", "NAME", "auto, softmax, hs or ova (default: auto)");
    parser.option("threads", "N",
                  "training threads; 1 with --seed is reproducible (default: all cores)");
    parser.option("seed", "N", "random seed for weights and shuffling (default: 1)");
}

core::Result<core::ModelParams> readModelParamOptions(const ArgParser &parser)
{
    core::ModelParams params;
    if (parser.value("epoch")) {
        auto v = intOption(parser, "epoch");
        if (!v)
            return v.error();
        params.epoch = *v;
    }
    if (parser.value("lr")) {
        auto v = doubleOption(parser, "lr");
        if (!v)
            return v.error();
        params.lr = *v;
    }
    if (parser.value("dim")) {
        auto v = intOption(parser, "dim");
        if (!v)
            return v.error();
        params.dim = *v;
    }
    if (parser.value("word-ngrams")) {
        auto v = intOption(parser, "word-ngrams");
        if (!v)
            return v.error();
        params.wordNgrams = *v;
    }
    if (parser.value("bucket")) {
        auto v = intOption(parser, "bucket");
        if (!v)
            return v.error();
        params.bucket = *v;
    }
    if (auto loss = parser.value("loss")) {
        auto parsed = core::parseModelLoss(*loss);
        if (!parsed)
            return core::Error(core::ErrorCode::InvalidArgument,
                               "--loss is auto, softmax, hs or ova, not '" + *loss + "'");
        params.loss = *parsed;
    }
    if (parser.value("threads")) {
        auto v = intOption(parser, "threads");
        if (!v)
            return v.error();
        params.threads = *v;
    }
    if (parser.value("seed")) {
        auto v = intOption(parser, "seed");
        if (!v)
            return v.error();
        params.seed = static_cast<std::uint32_t>(*v);
    }
    if (parser.value("holdout")) {
        auto v = doubleOption(parser, "holdout");
        if (!v)
            return v.error();
        params.holdout = *v;
    }
    if (parser.value("top-k")) {
        auto v = intOption(parser, "top-k");
        if (!v)
            return v.error();
        params.topK = *v;
    }
    if (auto status = params.validate(); !status)
        return core::Error(core::ErrorCode::InvalidArgument, status.error().message);
    return params;
}

std::function<bool(std::uint64_t, std::uint64_t)> itemProgress(CommandContext &context,
                                                               std::string label, bool perMille)
{
    if (!context.terminal)
        return [](std::uint64_t, std::uint64_t) {
            return !InterruptGuard::interrupted();
        };
    auto last = std::make_shared<std::chrono::steady_clock::time_point>();
    return [&context, label = std::move(label), last, perMille](std::uint64_t done,
                                                                std::uint64_t total) {
        if (InterruptGuard::interrupted())
            return false;
        const auto now = std::chrono::steady_clock::now();
        if (done < total && now - *last < std::chrono::milliseconds(100))
            return true;
        *last = now;
        char line[160];
        const double share = total ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
        if (perMille)
            std::snprintf(line, sizeof line, "\r%s %5.1f%%", label.c_str(), share * 100);
        else
            std::snprintf(line, sizeof line, "\r%s %5.1f%% (%llu / %llu items)", label.c_str(),
                          share * 100, static_cast<unsigned long long>(done),
                          static_cast<unsigned long long>(total));
        context.err << line << (done >= total ? "\n" : "") << std::flush;
        return true;
    };
}

int runModelTrain(CommandContext &context)
{
    ArgParser parser("assay model train FILE --field NAME [--data FILE] [options]",
                     "Trains the field's model on gold and accepted labels (and optional "
                     "labelled data), evaluates it on a held-out share and stores it in the "
                     "project as the field's next version.");
    parser.positional("FILE", "the project file");
    parser.option("field", "NAME", "the choice field to train");
    parser.option("data", "FILE", "labelled JSONL, CSV or TSV to train on as well");
    parser.option("text-field", "NAME", "member or column of --data holding the text", "text");
    parser.option("label-field", "NAME",
                  "member or column of --data holding the label (path or name)", "label");
    parser.option("encoding", "NAME", "encoding of --data, e.g. GB18030", "auto");
    parser.option("holdout", "SHARE", "share of labelled items held out for evaluation", "0.2");
    parser.option("top-k", "N", "labels stored per prediction", "5");
    addModelParamOptions(parser);
    parser.flag("json", "print the report as JSON");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    if (!parser.value("field"))
        return fail(context, core::Error(core::ErrorCode::InvalidArgument, "--field is required"));
    auto params = readModelParamOptions(parser);
    if (!params)
        return fail(context, params.error());
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;

    core::TrainOptions options;
    options.params = *params;
    if (auto data = parser.value("data"))
        options.files.push_back({*data, *parser.value("text-field"), *parser.value("label-field"),
                                 *parser.value("encoding")});
    InterruptGuard guard;
    options.progress = itemProgress(context, "training", true);
    auto report = core::ModelTrainer(*project).train(*parser.value("field"), options);
    if (!report)
        return fail(context, report.error());

    const std::string field = *parser.value("field");
    if (parser.isSet("json")) {
        nlohmann::ordered_json j;
        j["field"] = field;
        j["model_id"] = report->model.id;
        j["version"] = report->model.version;
        j["train_size"] = report->trainSize;
        j["test_size"] = report->testSize;
        j["labels"] = report->labels;
        j["from_gold"] = report->fromGold;
        j["from_accepted"] = report->fromAccepted;
        j["from_files"] = report->fromFiles;
        j["conflicting"] = report->conflicting;
        j["seconds"] = report->seconds;
        j["params"] = nlohmann::ordered_json::parse(report->model.params);
        j["evaluation"] = report->evaluated
                              ? nlohmann::ordered_json::parse(report->evaluation.toJson())
                              : nlohmann::ordered_json(nullptr);
        context.out << j.dump(2) << "\n";
        return kExitOk;
    }
    context.out << "trained " << field << " model v" << report->model.version << " on "
                << report->trainSize << " items (" << report->labels << " labels) in "
                << seconds(report->seconds) << "\n";
    if (report->evaluated)
        context.out << "held out " << report->testSize << " items: accuracy "
                    << percent(report->evaluation.accuracy) << ", top-3 "
                    << percent(report->evaluation.top3Accuracy) << ", macro-F1 "
                    << percent(report->evaluation.macroF1) << "\n";
    else if (options.params.holdout <= 0)
        context.out << "not evaluated: nothing was held out (--holdout 0)\n";
    else
        context.out << "not evaluated: too few labelled items to hold some out\n";
    if (report->conflicting > 0)
        context.out << "left out " << report->conflicting
                    << " items whose annotators disagree and that have no gold value\n";
    return kExitOk;
}

int runModelPredict(CommandContext &context)
{
    ArgParser parser("assay model predict FILE --field NAME [--version N] [options]",
                     "Pre-labels every item that has no label yet from the field's model "
                     "(its newest version unless --version is given). Ctrl-C stops it; "
                     "running it again continues where it stopped.");
    parser.positional("FILE", "the project file");
    parser.option("field", "NAME", "the field whose model labels");
    parser.option("version", "N", "the model version to use (default: the newest)");
    parser.option("top-k", "N", "labels stored per item (default: the model's, 5)");
    parser.option("uncertainty", "MEASURE", "margin or entropy, for the least-certain-first queue",
                  "margin");
    parser.option("threads", "N", "prediction threads (default: all cores)");
    parser.option("batch", "N", "items per transaction", "2048");
    parser.flag("json", "print the report as JSON");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    if (!parser.value("field"))
        return fail(context, core::Error(core::ErrorCode::InvalidArgument, "--field is required"));
    core::PrelabelOptions options;
    for (const char *name : {"version", "top-k", "threads", "batch"}) {
        if (!parser.value(name))
            continue;
        auto value = intOption(parser, name);
        if (!value)
            return fail(context, value.error());
        if (*value < 1)
            return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                             std::string("--") + name + " must be at least 1"));
        const std::string option = name;
        if (option == "version")
            options.version = *value;
        else if (option == "top-k")
            options.topK = *value;
        else if (option == "threads")
            options.threads = *value;
        else
            options.batchSize = *value;
    }
    auto measure = core::parseUncertaintyMeasure(*parser.value("uncertainty"));
    if (!measure)
        return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                         "--uncertainty is margin or entropy"));
    options.measure = *measure;
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    InterruptGuard guard;
    options.progress = itemProgress(context, "pre-labelling", false);
    const std::string field = *parser.value("field");
    auto report = core::Prelabeler(*project).run(field, options);
    if (!report)
        return fail(context, report.error());

    if (parser.isSet("json")) {
        nlohmann::ordered_json j;
        j["field"] = field;
        j["model_id"] = report->model.id;
        j["version"] = report->model.version;
        j["labelled"] = report->labelled;
        j["already_done"] = report->alreadyDone;
        j["suggested"] = report->suggested;
        j["remaining"] = report->remaining;
        j["cancelled"] = report->cancelled;
        j["seconds"] = report->seconds;
        j["read_seconds"] = report->readSeconds;
        j["write_seconds"] = report->writeSeconds;
        j["wait_seconds"] = report->waitSeconds;
        context.out << j.dump(2) << "\n";
        return report->cancelled ? kExitFailure : kExitOk;
    }
    const std::string model = field + " model v" + std::to_string(report->model.version);
    if (report->labelled == 0 && !report->cancelled) {
        context.out << "nothing to do: every item has a label from " << model << "\n";
        return kExitOk;
    }
    char rate[64] = "";
    if (report->seconds > 0)
        std::snprintf(rate, sizeof rate, ", %.0f items/s",
                      static_cast<double>(report->labelled) / report->seconds);
    context.out << "pre-labelled " << report->labelled << " items with " << model << " in "
                << seconds(report->seconds) << rate << "; " << report->suggested
                << " moved to suggested\n";
    if (report->cancelled) {
        context.err << "assay: stopped with " << report->remaining
                    << " items left; run the same command again to continue\n";
        return kExitFailure;
    }
    return kExitOk;
}

int runModelList(CommandContext &context)
{
    ArgParser parser("assay model list FILE [--field NAME] [--json]",
                     "Lists the project's trained models, oldest first.");
    parser.positional("FILE", "the project file");
    parser.option("field", "NAME", "only this field's models");
    parser.flag("json", "print the list as JSON");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    std::optional<std::int64_t> fieldId;
    if (auto name = parser.value("field")) {
        auto field = project->schema().field(*name);
        if (!field)
            return fail(context, field.error());
        fieldId = field->id;
    }
    auto models = core::ModelStore(project->database()).list(fieldId);
    if (!models)
        return fail(context, models.error());
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const core::ModelInfo &model : *models) {
        auto field = project->schema().fieldById(model.fieldId);
        const std::string fieldName = field ? field->name : std::to_string(model.fieldId);
        auto evaluation = core::Evaluation::fromJson(model.evaluation);
        const bool evaluated = evaluation && evaluation->testSize > 0;
        if (parser.isSet("json")) {
            nlohmann::ordered_json j;
            j["id"] = model.id;
            j["field"] = fieldName;
            j["version"] = model.version;
            j["kind"] = model.kind;
            j["created_at"] = core::isoTime(model.createdAt);
            j["train_size"] = model.trainSize;
            j["train_hash"] = model.trainHash;
            j["bytes"] = model.size;
            j["accuracy"] = evaluated ? nlohmann::ordered_json(evaluation->accuracy)
                                      : nlohmann::ordered_json(nullptr);
            j["params"] = nlohmann::ordered_json::parse(model.params, nullptr, false);
            list.push_back(std::move(j));
            continue;
        }
        char size[32];
        std::snprintf(size, sizeof size, "%.1f MB", static_cast<double>(model.size) / 1e6);
        context.out << fieldName << "\tv" << model.version << "\t" << core::isoTime(model.createdAt)
                    << "\t" << model.trainSize << " items\t"
                    << (evaluated ? "accuracy " + percent(evaluation->accuracy)
                                  : std::string("not evaluated"))
                    << "\t" << size << "\n";
    }
    if (parser.isSet("json"))
        context.out << list.dump(2) << "\n";
    else if (models->empty())
        context.out << "no models yet; train one with 'assay model train'\n";
    return kExitOk;
}

int runModel(CommandContext &context)
{
    return dispatch(context, "model",
                    {{"train", runModelTrain},
                     {"predict", runModelPredict},
                     {"eval", runModelEval},
                     {"list", runModelList},
                     {"evaluate-data", runModelEvaluateData}});
}

} // namespace assay::cli
