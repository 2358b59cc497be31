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
    // Does the dictionary speak for this document? The median candidate's match rate.
    std::vector<double> rates;
    for (const PairCandidate &c : candidates)
        if (c.glossedWords >= 2)
            rates.push_back(double(c.matchedWords) / c.glossedWords);
    bool dictionaryWorks = false;
    if (rates.size() >= 3) {
        std::nth_element(rates.begin(), rates.begin() + rates.size() / 2, rates.end());
        dictionaryWorks = rates[rates.size() / 2] >= 0.15;
    }
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const PairCandidate &c = candidates[i];
        const bool lexicallyUnrelated = dictionaryWorks && c.glossedWords >= 2 && c.matchedWords == 0;
        ok[i] = c.sourceLength > 0 && c.targetLength > 0 && !lexicallyUnrelated
            && std::fabs(model.conditionalDelta(c.sourceLength, c.targetLength)) <= maxDelta;
    }
    return ok;
}

} // namespace bireader
