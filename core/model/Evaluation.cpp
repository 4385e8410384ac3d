#include "model/Evaluation.h"

#include <nlohmann/json.hpp>

namespace assay::core {

std::string Evaluation::toJson(bool pretty) const
{
    nlohmann::ordered_json j;
    j["train_size"] = trainSize;
    j["test_size"] = testSize;
    j["accuracy"] = accuracy;
    j["top3_accuracy"] = top3Accuracy;
    j["macro_f1"] = macroF1;
    j["calibration_error"] = calibrationError;
    nlohmann::ordered_json labelsJson = nlohmann::ordered_json::object();
    for (const LabelScore &score : labels)
        labelsJson[score.label] = {{"precision", score.precision},
                                   {"recall", score.recall},
                                   {"f1", score.f1},
                                   {"support", score.support},
                                   {"predicted", score.predicted},
                                   {"correct", score.correct}};
    j["labels"] = std::move(labelsJson);
    auto &confusionJson = j["confusions"] = nlohmann::ordered_json::array();
    for (const ConfusionPair &pair : confusions)
        confusionJson.push_back(
            {{"truth", pair.truth}, {"predicted", pair.predicted}, {"count", pair.count}});
    auto &calibrationJson = j["calibration"] = nlohmann::ordered_json::array();
    for (const CalibrationBin &bin : calibration)
        calibrationJson.push_back({{"from", bin.from},
                                   {"to", bin.to},
                                   {"count", bin.count},
                                   {"confidence", bin.confidence},
                                   {"accuracy", bin.accuracy}});
    auto &coverageJson = j["coverage"] = nlohmann::ordered_json::array();
    for (const CoverageAtPrecision &point : coverage)
        coverageJson.push_back({{"target_precision", point.target},
                                {"reached", point.reached},
                                {"threshold", point.threshold},
                                {"coverage", point.coverage},
                                {"precision", point.precision},
                                {"covered", point.covered}});
    auto &levelsJson = j["levels"] = nlohmann::ordered_json::array();
    for (const LevelAccuracy &level : levels)
        levelsJson.push_back(
            {{"depth", level.depth}, {"count", level.count}, {"accuracy", level.accuracy}});
    return j.dump(pretty ? 2 : -1);
}

Result<Evaluation> Evaluation::fromJson(std::string_view json)
{
    // Ordered, so that labels come back in the order they were written (by support).
    auto j = nlohmann::ordered_json::parse(json, nullptr, false);
    if (!j.is_object())
        return Error(ErrorCode::ParseError, "the stored evaluation is not a JSON object");
    Evaluation e;
    try {
        e.trainSize = j.value("train_size", std::int64_t{0});
        e.testSize = j.value("test_size", std::int64_t{0});
        e.accuracy = j.value("accuracy", 0.0);
        e.top3Accuracy = j.value("top3_accuracy", 0.0);
        e.macroF1 = j.value("macro_f1", 0.0);
        e.calibrationError = j.value("calibration_error", 0.0);
        if (j.contains("labels") && j["labels"].is_object()) {
            for (const auto &[label, s] : j["labels"].items())
                e.labels.push_back({label, s.value("support", std::int64_t{0}),
                                    s.value("predicted", std::int64_t{0}),
                                    s.value("correct", std::int64_t{0}), s.value("precision", 0.0),
                                    s.value("recall", 0.0), s.value("f1", 0.0)});
        }
        for (const auto &c : j.value("confusions", nlohmann::ordered_json::array()))
            e.confusions.push_back({c.value("truth", std::string()),
                                    c.value("predicted", std::string()),
                                    c.value("count", std::int64_t{0})});
        for (const auto &b : j.value("calibration", nlohmann::ordered_json::array()))
            e.calibration.push_back({b.value("from", 0.0), b.value("to", 0.0),
                                     b.value("count", std::int64_t{0}), b.value("confidence", 0.0),
                                     b.value("accuracy", 0.0)});
        for (const auto &c : j.value("coverage", nlohmann::ordered_json::array()))
            e.coverage.push_back({c.value("target_precision", 0.0), c.value("reached", false),
                                  c.value("threshold", 1.0), c.value("coverage", 0.0),
                                  c.value("precision", 0.0), c.value("covered", std::int64_t{0})});
        for (const auto &l : j.value("levels", nlohmann::ordered_json::array()))
            e.levels.push_back(
                {l.value("depth", 0), l.value("count", std::int64_t{0}), l.value("accuracy", 0.0)});
    } catch (const nlohmann::json::exception &ex) {
        return Error(ErrorCode::ParseError,
                     std::string("the stored evaluation is malformed: ") + ex.what());
    }
    return e;
}

} // namespace assay::core
