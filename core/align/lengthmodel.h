#pragma once

#include <algorithm>
#include <array>
#include <cmath>
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
    // Inline: the bead search asks for it about seven times a cell.
    inline double cost(double sourceLength, double targetLength) const;
    inline double delta(double sourceLength, double targetLength) const;
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
    double m_inverseRatio;
    double m_variance;
};

namespace detail {
inline constexpr double kCostStep = 0.01;
inline constexpr int kCostTableSize = 2001; // |delta| in [0, 20]
const std::array<double, kCostTableSize> &costTable();
} // namespace detail

// twoTailCost() with the table given: hot loops fetch it once.
inline double twoTailCost(const double *table, double x)
{
    const double pos = x * (1.0 / detail::kCostStep);
    if (pos >= detail::kCostTableSize - 1) // far tail (over 200 nats): x^2/2 dominates, keep it cheap and monotone
        return x * x / 2 + 3.22;
    const int i = int(pos);
    const double f = pos - i;
    return table[i] * (1 - f) + table[i + 1] * f;
}

// -log(erfc(x / sqrt 2)): tabulated, since the search evaluates it millions of times.
inline double twoTailCost(double x)
{
    static const double *const table = detail::costTable().data();
    return twoTailCost(table, x);
}

double LengthModel::delta(double ls, double lt) const
{
    // Measured in source units; the variance grows with the mean length of the two sides.
    const double t = lt * m_inverseRatio;
    const double mean = std::max(1.0, (ls + t) / 2);
    return (t - ls) / std::sqrt(m_variance * mean);
}

double LengthModel::cost(double ls, double lt) const
{
    return twoTailCost(std::fabs(delta(ls, lt)));
}

} // namespace bireader
