#pragma once

#include "model/Evaluation.h"
#include "model/LabelSpace.h"

#include <vector>

namespace assay::core {

/// Collects the model's ranked answers for held-out items next to the right labels and
/// computes an Evaluation from them.
class Evaluator
{
public:
    /// One scored label: its index in the LabelSpace and the model's probability.
    struct Scored {
        int label = 0;
        double probability = 0;
    };

    explicit Evaluator(const LabelSpace &space);

    /// Adds one held-out item: its right labels and the model's labels, most likely first.
    /// An item without right labels, or without any prediction, counts as a miss.
    void add(const std::vector<int> &truth, const std::vector<Scored> &ranked);

    std::size_t size() const { return m_items.size(); }

    /// The evaluation, with coverage for each target precision and `bins` calibration bins.
    Evaluation finish(const std::vector<double> &targets = {0.9, 0.95, 0.99}, int bins = 10) const;

private:
    struct ItemResult {
        std::vector<int> truth;
        int top = -1;
        double confidence = 0;
        bool correct = false;
        bool top3 = false;
    };
    void addLevels(Evaluation &evaluation) const;
    void addCoverage(Evaluation &evaluation, const std::vector<double> &targets) const;

    const LabelSpace &m_space;
    std::vector<ItemResult> m_items;
};

} // namespace assay::core
