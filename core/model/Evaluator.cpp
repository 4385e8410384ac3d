#include "model/Evaluator.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace assay::core {

Evaluator::Evaluator(const LabelSpace &space)
    : m_space(space)
{}

void Evaluator::add(const std::vector<int> &truth, const std::vector<Scored> &ranked)
{
    ItemResult result;
    result.truth = truth;
    auto isRight = [&](int label) {
        return std::find(truth.begin(), truth.end(), label) != truth.end();
    };
    if (!ranked.empty()) {
        result.top = ranked.front().label;
        result.confidence = ranked.front().probability;
        result.correct = isRight(result.top);
        for (std::size_t i = 0; i < ranked.size() && i < 3; ++i)
            result.top3 = result.top3 || isRight(ranked[i].label);
    }
    m_items.push_back(std::move(result));
}

Evaluation Evaluator::finish(const std::vector<double> &targets, int bins) const
{
    Evaluation evaluation;
    evaluation.testSize = static_cast<std::int64_t>(m_items.size());
    if (m_items.empty())
        return evaluation;
    const double n = static_cast<double>(m_items.size());

    std::vector<LabelScore> scores(m_space.size());
    std::map<std::pair<int, int>, std::int64_t> confusions;
    std::int64_t correct = 0;
    std::int64_t top3 = 0;
    for (const ItemResult &item : m_items) {
        correct += item.correct;
        top3 += item.top3;
        for (int label : item.truth)
            ++scores[static_cast<std::size_t>(label)].support;
        if (item.top >= 0) {
            LabelScore &predicted = scores[static_cast<std::size_t>(item.top)];
            ++predicted.predicted;
            predicted.correct += item.correct;
            if (!item.correct && !item.truth.empty())
                ++confusions[{item.truth.front(), item.top}];
        }
    }
    evaluation.accuracy = static_cast<double>(correct) / n;
    evaluation.top3Accuracy = static_cast<double>(top3) / n;

    double f1Sum = 0;
    int f1Count = 0;
    for (std::size_t i = 0; i < scores.size(); ++i) {
        LabelScore &score = scores[i];
        if (score.support == 0 && score.predicted == 0)
            continue;
        score.label = m_space.name(static_cast<int>(i));
        score.precision = score.predicted ? static_cast<double>(score.correct) /
                                                static_cast<double>(score.predicted)
                                          : 0.0;
        score.recall = score.support
                           ? static_cast<double>(score.correct) / static_cast<double>(score.support)
                           : 0.0;
        const double sum = score.precision + score.recall;
        score.f1 = sum > 0 ? 2 * score.precision * score.recall / sum : 0.0;
        f1Sum += score.f1;
        ++f1Count;
        evaluation.labels.push_back(score);
    }
    evaluation.macroF1 = f1Count ? f1Sum / f1Count : 0.0;
    std::stable_sort(
        evaluation.labels.begin(), evaluation.labels.end(),
        [](const LabelScore &a, const LabelScore &b) { return a.support > b.support; });

    for (const auto &[pair, count] : confusions)
        evaluation.confusions.push_back(
            {m_space.name(pair.first), m_space.name(pair.second), count});
    std::stable_sort(
        evaluation.confusions.begin(), evaluation.confusions.end(),
        [](const ConfusionPair &a, const ConfusionPair &b) { return a.count > b.count; });
    if (evaluation.confusions.size() > 20)
        evaluation.confusions.resize(20);

    bins = std::max(1, bins);
    evaluation.calibration.resize(static_cast<std::size_t>(bins));
    for (int b = 0; b < bins; ++b) {
        evaluation.calibration[static_cast<std::size_t>(b)].from = static_cast<double>(b) / bins;
        evaluation.calibration[static_cast<std::size_t>(b)].to = static_cast<double>(b + 1) / bins;
    }
    for (const ItemResult &item : m_items) {
        const int b = std::clamp(static_cast<int>(item.confidence * bins), 0, bins - 1);
        CalibrationBin &bin = evaluation.calibration[static_cast<std::size_t>(b)];
        ++bin.count;
        bin.confidence += item.confidence;
        bin.accuracy += item.correct ? 1.0 : 0.0;
    }
    double calibrationError = 0;
    for (CalibrationBin &bin : evaluation.calibration) {
        if (bin.count == 0)
            continue;
        bin.confidence /= static_cast<double>(bin.count);
        bin.accuracy /= static_cast<double>(bin.count);
        calibrationError +=
            static_cast<double>(bin.count) / n * std::abs(bin.accuracy - bin.confidence);
    }
    evaluation.calibrationError = calibrationError;

    addCoverage(evaluation, targets);
    addLevels(evaluation);
    return evaluation;
}

void Evaluator::addCoverage(Evaluation &evaluation, const std::vector<double> &targets) const
{
    std::vector<const ItemResult *> byConfidence;
    byConfidence.reserve(m_items.size());
    for (const ItemResult &item : m_items)
        byConfidence.push_back(&item);
    std::stable_sort(
        byConfidence.begin(), byConfidence.end(),
        [](const ItemResult *a, const ItemResult *b) { return a->confidence > b->confidence; });
    const double n = static_cast<double>(m_items.size());
    for (double target : targets) {
        CoverageAtPrecision point;
        point.target = target;
        std::int64_t right = 0;
        for (std::size_t i = 0; i < byConfidence.size(); ++i) {
            right += byConfidence[i]->correct;
            // A threshold can only fall between different confidences: items that tie are
            // all in or all out.
            const bool cut = i + 1 == byConfidence.size() ||
                             byConfidence[i + 1]->confidence < byConfidence[i]->confidence;
            if (!cut)
                continue;
            const auto covered = static_cast<std::int64_t>(i + 1);
            const double precision = static_cast<double>(right) / static_cast<double>(covered);
            if (precision >= target) {
                point.reached = true;
                point.threshold = byConfidence[i]->confidence;
                point.covered = covered;
                point.coverage = static_cast<double>(covered) / n;
                point.precision = precision;
            }
        }
        evaluation.coverage.push_back(point);
    }
}

void Evaluator::addLevels(Evaluation &evaluation) const
{
    const int deepest = m_space.maxDepth();
    if (deepest < 2)
        return;
    for (int depth = 1; depth <= deepest; ++depth) {
        LevelAccuracy level;
        level.depth = depth;
        std::int64_t right = 0;
        for (const ItemResult &item : m_items) {
            if (item.truth.empty())
                continue;
            const int truth = m_space.ancestorAt(item.truth.front(), depth);
            if (truth < 0)
                continue;
            ++level.count;
            if (item.top >= 0 && m_space.ancestorAt(item.top, depth) == truth)
                ++right;
        }
        level.accuracy =
            level.count ? static_cast<double>(right) / static_cast<double>(level.count) : 0.0;
        evaluation.levels.push_back(level);
    }
}

} // namespace assay::core
