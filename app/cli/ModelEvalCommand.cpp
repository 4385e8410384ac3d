#include "ModelCommand.h"
#include "model/DataEvaluation.h"
#include "project/Clock.h"
#include "project/Project.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

namespace assay::cli {
namespace {

std::string fixed(double value, int decimals)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

} // namespace

void printEvaluation(std::ostream &out, const core::Evaluation &e, std::size_t maxLabels)
{
    out << "held-out items: " << e.testSize << " (trained on " << e.trainSize << ")\n";
    out << "accuracy " << percent(e.accuracy) << "   top-3 " << percent(e.top3Accuracy)
        << "   macro-F1 " << percent(e.macroF1) << "   calibration error "
        << fixed(e.calibrationError, 3) << "\n";
    if (!e.levels.empty()) {
        out << "accuracy by level:";
        for (const core::LevelAccuracy &level : e.levels)
            out << "  " << level.depth << ": " << percent(level.accuracy);
        out << "\n";
    }
    if (!e.coverage.empty()) {
        out << "\ncoverage at precision (labels at or above the threshold are that precise):\n";
        for (const core::CoverageAtPrecision &point : e.coverage) {
            out << "  " << percent(point.target) << ": ";
            if (point.reached)
                out << "confidence >= " << fixed(point.threshold, 3) << " covers "
                    << percent(point.coverage) << " of items (precision "
                    << percent(point.precision) << ")\n";
            else
                out << "not reached\n";
        }
    }
    if (!e.calibration.empty()) {
        out << "\ncalibration (confidence of the top label → how often it was right):\n";
        for (const core::CalibrationBin &bin : e.calibration) {
            if (bin.count == 0)
                continue;
            out << "  " << fixed(bin.from, 1) << "–" << fixed(bin.to, 1) << "  " << bin.count
                << " items  confidence " << fixed(bin.confidence, 3) << "  accuracy "
                << fixed(bin.accuracy, 3) << "\n";
        }
    }
    if (!e.labels.empty()) {
        out << "\nlabels (precision / recall / F1, support):\n";
        for (std::size_t i = 0; i < e.labels.size() && i < maxLabels; ++i) {
            const core::LabelScore &s = e.labels[i];
            out << "  " << s.label << "  " << percent(s.precision) << " / " << percent(s.recall)
                << " / " << percent(s.f1) << "  " << s.support << "\n";
        }
        if (e.labels.size() > maxLabels)
            out << "  … and " << e.labels.size() - maxLabels << " more (--json lists all)\n";
    }
    if (!e.confusions.empty()) {
        out << "\nmost frequent mistakes (right label → model's label):\n";
        for (std::size_t i = 0; i < e.confusions.size() && i < 10; ++i)
            out << "  " << e.confusions[i].truth << " → " << e.confusions[i].predicted << "  "
                << e.confusions[i].count << "\n";
    }
}

int runModelEval(CommandContext &context)
{
    ArgParser parser("assay model eval FILE --field NAME [--version N] [--json]",
                     "Shows how the field's model did on the items held out when it was trained: "
                     "accuracy, calibration, coverage at precision, per label and per level.");
    parser.positional("FILE", "the project file");
    parser.option("field", "NAME", "the field whose model to show");
    parser.option("version", "N", "the model version (default: the newest)");
    parser.flag("json", "print the evaluation as JSON");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    if (!parser.value("field"))
        return fail(context, core::Error(core::ErrorCode::InvalidArgument, "--field is required"));
    auto project = openProject(context, parser.arg("FILE"));
    if (!project)
        return kExitFailure;
    auto field = project->schema().field(*parser.value("field"));
    if (!field)
        return fail(context, field.error());
    core::ModelStore models(project->database());
    core::Result<core::ModelInfo> model = core::Error(core::ErrorCode::NotFound, "");
    if (auto version = parser.value("version")) {
        int number = 0;
        try {
            number = std::stoi(*version);
        } catch (const std::exception &) {
        }
        model = models.byVersion(field->id, number);
    } else {
        auto latest = models.latest(field->id);
        if (!latest)
            return fail(context, latest.error());
        if (!*latest)
            return fail(context, core::Error(core::ErrorCode::NotFound,
                                             "field '" + field->name +
                                                 "' has no model yet; train one with "
                                                 "'assay model train'"));
        model = std::move(**latest);
    }
    if (!model)
        return fail(context, model.error());
    auto evaluation = core::Evaluation::fromJson(model->evaluation);
    if (!evaluation)
        return fail(context, evaluation.error());
    if (parser.isSet("json")) {
        nlohmann::ordered_json j;
        j["field"] = field->name;
        j["model_id"] = model->id;
        j["version"] = model->version;
        j["created_at"] = core::isoTime(model->createdAt);
        j["train_size"] = model->trainSize;
        j["train_hash"] = model->trainHash;
        j["params"] = nlohmann::ordered_json::parse(model->params, nullptr, false);
        j["evaluation"] = nlohmann::ordered_json::parse(evaluation->toJson());
        context.out << j.dump(2) << "\n";
        return kExitOk;
    }
    context.out << field->name << " model v" << model->version << ", trained "
                << core::isoTime(model->createdAt) << " on " << model->trainSize << " items\n";
    if (evaluation->testSize == 0) {
        context.out << "not evaluated: too few labelled items were there to hold some out\n";
        return kExitOk;
    }
    printEvaluation(context.out, *evaluation);
    return kExitOk;
}

int runModelEvaluateData(CommandContext &context)
{
    ArgParser parser("assay model evaluate-data --train TRAIN.jsonl --test TEST.jsonl "
                     "[--text-field NAME] [--label-field NAME] [--encoding NAME] [--json]",
                     "Trains Assay's model (the default configuration unless options change "
                     "it) on one labelled file (JSONL, CSV or TSV) and scores it on another, "
                     "without a "
                     "project, to compare it with other models on the same split.");
    parser.option("train", "FILE", "labelled JSONL, CSV or TSV to train on");
    parser.option("test", "FILE", "labelled JSONL, CSV or TSV to score on");
    parser.option("text-field", "NAME", "member or column holding the text", "text");
    parser.option("label-field", "NAME", "member or column holding the label (a list for several)",
                  "label");
    parser.option("encoding", "NAME", "encoding of both files, e.g. GB18030", "auto");
    addModelParamOptions(parser);
    parser.flag("json", "print one JSON object (accuracy, top3_accuracy, macro_f1, labels, …)");
    if (int code = parseOrExit(parser, context); code >= 0)
        return code;
    if (!parser.value("train") || !parser.value("test"))
        return fail(context, core::Error(core::ErrorCode::InvalidArgument,
                                         "--train and --test are both required"));
    auto params = readModelParamOptions(parser);
    if (!params)
        return fail(context, params.error());
    core::DataEvaluationOptions options;
    options.trainPath = *parser.value("train");
    options.testPath = *parser.value("test");
    options.textField = *parser.value("text-field");
    options.labelField = *parser.value("label-field");
    options.encoding = *parser.value("encoding");
    options.params = *params;
    InterruptGuard guard;
    options.progress = itemProgress(context, "training", true);
    auto report = core::DataEvaluation::run(options);
    if (!report)
        return fail(context, report.error());
    if (parser.isSet("json")) {
        auto j = nlohmann::ordered_json::parse(report->evaluation.toJson());
        j["train_seconds"] = report->trainSeconds;
        j["evaluate_seconds"] = report->evaluateSeconds;
        j["params"] = nlohmann::ordered_json::parse(report->params.toJson());
        context.out << j.dump(2) << "\n";
        return kExitOk;
    }
    context.out << "trained on " << report->trainSize << " items (" << report->labels
                << " labels) in " << fixed(report->trainSeconds, 2) << " s\n";
    printEvaluation(context.out, report->evaluation);
    return kExitOk;
}

} // namespace assay::cli
