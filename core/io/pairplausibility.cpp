#include "pairplausibility.h"

#include "align/lengthmodel.h"

#include <algorithm>
#include <cmath>

namespace bireader {

QList<bool> judgePairs(const QList<PairCandidate> &candidates, double maxDelta)
{
    QList<bool> ok(candidates.size(), true);
    std::vector<double> ratios;
    std::vector<std::pair<double, double>> lengths;
    for (const PairCandidate &c : candidates) {
        if (c.sourceLength > 0 && c.targetLength > 0) {
            ratios.push_back(double(c.targetLength) / c.sourceLength);
            lengths.emplace_back(c.sourceLength, c.targetLength);
        }
    }
    if (ratios.size() < 3) // too few to estimate anything: trust the layout
        return ok;
    std::nth_element(ratios.begin(), ratios.begin() + ratios.size() / 2, ratios.end());
    const double ratio = ratios[ratios.size() / 2];
    const LengthModel model(ratio, std::max(0.5, LengthModel::estimateVariance(ratio, lengths, true)));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const PairCandidate &c = candidates[i];
        ok[i] = c.sourceLength > 0 && c.targetLength > 0
            && std::fabs(model.conditionalDelta(c.sourceLength, c.targetLength)) <= maxDelta;
    }
    return ok;
}

} // namespace bireader
