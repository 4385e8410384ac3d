#include "model/Uncertainty.h"

#include <algorithm>
#include <cmath>

namespace assay::core {

std::string_view uncertaintyMeasureName(UncertaintyMeasure measure)
{
    return measure == UncertaintyMeasure::Entropy ? "entropy" : "margin";
}

std::optional<UncertaintyMeasure> parseUncertaintyMeasure(std::string_view name)
{
    if (name == "margin")
        return UncertaintyMeasure::Margin;
    if (name == "entropy")
        return UncertaintyMeasure::Entropy;
    return std::nullopt;
}

double uncertaintyOf(const std::vector<RankedLabel> &ranked, UncertaintyMeasure measure,
                     std::size_t labelCount)
{
    if (ranked.empty())
        return 1.0;
    if (measure == UncertaintyMeasure::Margin) {
        const double first = ranked[0].probability;
        const double second = ranked.size() > 1 ? ranked[1].probability : 0.0;
        return std::clamp(1.0 - (first - second), 0.0, 1.0);
    }
    double entropy = 0;
    double rest = 1.0;
    for (const RankedLabel &label : ranked) {
        const double p = std::clamp(static_cast<double>(label.probability), 0.0, 1.0);
        rest -= p;
        if (p > 0)
            entropy -= p * std::log(p);
    }
    if (rest > 1e-9)
        entropy -= rest * std::log(rest);
    const double outcomes = static_cast<double>(std::max<std::size_t>(2, labelCount));
    return std::clamp(entropy / std::log(outcomes), 0.0, 1.0);
}

} // namespace assay::core
