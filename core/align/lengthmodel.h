#pragma once

#include <vector>

namespace bireader {

// Gale-Church length model: the target length of a bead is normal around
// ratio * source length, with variance proportional to the length. Ratio and
// variance are estimated from the document pair itself.
class LengthModel
{
public:
    LengthModel(double ratio = 1.0, double variance = 3.0);

    double ratio() const { return m_ratio; }
    double variance() const { return m_variance; }

    // -log P(|delta| >= observed), 0 for a perfect fit; the two-tailed Gale-Church cost.
    double cost(double sourceLength, double targetLength) const;
    double delta(double sourceLength, double targetLength) const;
    // Gale-Church's original delta: variance proportional to the source length only,
    // the test of "is the target a translation of the source".
    double conditionalDelta(double sourceLength, double targetLength) const;

    // Ratio from the total lengths of both sides.
    static double estimateRatio(const std::vector<int> &source, const std::vector<int> &target);
    // Variance from matched (source, target) length pairs, robustly (median of delta^2).
    static double estimateVariance(double ratio, const std::vector<std::pair<double, double>> &pairs,
                                   bool conditional = false);

private:
    double m_ratio;
    double m_variance;
};

// -log(erfc(x / sqrt 2)): tabulated, since the search evaluates it millions of times.
double twoTailCost(double absDelta);

} // namespace bireader
