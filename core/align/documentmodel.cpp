#include "documentmodel.h"

#include <cmath>

namespace bireader {
namespace {

constexpr double kPriorVariance = 2.0; // in source units; documents measured here give 1.5 to 2.3
constexpr double kPriorPairs = 20.0;
constexpr double kPriorBeads = 50.0;

bool isNull(const BeadType &t)
{
    return t.source == 0 || t.target == 0;
}

} // namespace

double shrunkVariance(double measured, double pairs)
{
    return (kPriorPairs * kPriorVariance + pairs * measured) / (kPriorPairs + pairs);
}

LengthModel lengthModelOf(const std::vector<std::pair<double, double>> &lengths, const LengthModel &fallback)
{
    if (lengths.size() < 8)
        return fallback;
    double sumS = 0, sumT = 0;
    for (const auto &[s, t] : lengths) {
        sumS += s;
        sumT += t;
    }
    if (sumS <= 0 || sumT <= 0)
        return fallback;
    const double ratio = sumT / sumS;
    // Few pairs measure the variance poorly.
    return LengthModel(ratio, shrunkVariance(LengthModel::estimateVariance(ratio, lengths), double(lengths.size())));
}

LengthModel lengthModelOf(const Alignment &beads, const std::vector<int> &ls, const std::vector<int> &lt,
                          const LengthModel &fallback)
{
    std::vector<std::pair<double, double>> lengths;
    lengths.reserve(size_t(beads.size()));
    for (const Bead &b : beads) {
        if (b.sourceCount == 0 || b.targetCount == 0)
            continue;
        double s = 0, t = 0;
        for (int k = b.sourceBegin; k < b.sourceEnd(); ++k)
            s += ls[size_t(k)];
        for (int k = b.targetBegin; k < b.targetEnd(); ++k)
            t += lt[size_t(k)];
        lengths.emplace_back(s, t);
    }
    return lengthModelOf(lengths, fallback);
}

BeadCosts priorsOf(const Alignment &beads)
{
    std::array<double, kBeadTypes.size()> count {};
    double counted = 0, mass = 0; // mass: the default prior of the non-null shapes, kept
    for (const Bead &b : beads)
        for (size_t k = 0; k < kBeadTypes.size(); ++k)
            if (!isNull(kBeadTypes[k]) && kBeadTypes[k].source == b.sourceCount
                && kBeadTypes[k].target == b.targetCount) {
                count[k] += 1;
                counted += 1;
            }
    for (const BeadType &t : kBeadTypes)
        mass += isNull(t) ? 0.0 : t.prior;
    BeadCosts costs = beadPriorCosts();
    for (size_t k = 0; k < kBeadTypes.size(); ++k)
        if (!isNull(kBeadTypes[k]))
            costs[k]
                = -std::log(mass * (count[k] + kPriorBeads * kBeadTypes[k].prior / mass) / (counted + kPriorBeads));
    return costs;
}

} // namespace bireader
