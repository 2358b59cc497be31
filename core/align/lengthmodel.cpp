#include "lengthmodel.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bireader {
namespace detail {

const std::array<double, kCostTableSize> &costTable()
{
    static const auto table = [] {
        std::array<double, kCostTableSize> t {};
        for (int i = 0; i < kCostTableSize; ++i)
            t[size_t(i)] = -std::log(std::erfc(i * kCostStep / std::sqrt(2.0)));
        return t;
    }();
    return table;
}

} // namespace detail

LengthModel::LengthModel(double ratio, double variance)
    : m_ratio(ratio > 0 ? ratio : 1.0)
    , m_inverseRatio(1.0 / m_ratio)
    , m_variance(std::clamp(variance, 0.2, 50.0))
{
}

double LengthModel::conditionalDelta(double ls, double lt) const
{
    return (lt / m_ratio - ls) / std::sqrt(m_variance * std::max(1.0, ls));
}

double LengthModel::estimateRatio(const std::vector<int> &source, const std::vector<int> &target)
{
    double s = 0, t = 0;
    for (int x : source)
        s += x;
    for (int x : target)
        t += x;
    return (s > 0 && t > 0) ? t / s : 1.0;
}

double LengthModel::estimateVariance(double ratio, const std::vector<std::pair<double, double>> &pairs,
                                     bool conditional)
{
    if (pairs.size() < 8)
        return 3.0;
    const LengthModel unit(ratio, 1.0);
    std::vector<double> d2;
    d2.reserve(pairs.size());
    for (const auto &[ls, lt] : pairs) {
        const double d = conditional ? unit.conditionalDelta(ls, lt) : unit.delta(ls, lt);
        d2.push_back(d * d);
    }
    std::nth_element(d2.begin(), d2.begin() + d2.size() / 2, d2.end());
    return d2[d2.size() / 2] / 0.4549; // median of chi-square with 1 degree of freedom
}

} // namespace bireader
