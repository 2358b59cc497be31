#include "beadsearch.h"

#include "beadtypes.h"

#include <algorithm>
#include <thread>
#include <QElapsedTimer>
#include <cstdio>
#include <cmath>
#include <limits>

namespace bireader {
namespace {

// Match bits of each (source, target) unit pair a bead in the band can contain.
class PairCache
{
public:
    PairCache(const Band &band, int n, int m, const LexicalModel &lexical)
        : m_lo(size_t(n)), m_offset(size_t(n) + 1, 0)
    {
        for (int s = 0; s < n; ++s) {
            const int lo = std::max(0, band.lo[size_t(s) + 1] - kMaxBeadSide);
            const int hi = std::min(m, band.hi[size_t(std::min(n, s + kMaxBeadSide))]);
            m_lo[size_t(s)] = lo;
            m_offset[size_t(s) + 1] = m_offset[size_t(s)] + std::max(0, hi - lo);
        }
        m_pairs.resize(size_t(m_offset[size_t(n)]));
        auto fill = [&](int from, int to) {
            LexicalModel::Scratch scratch = lexical.makeScratch();
            for (int s = from; s < to; ++s)
                lexical.matchRow(s, m_lo[size_t(s)], m_lo[size_t(s)] + int(m_offset[size_t(s) + 1] - m_offset[size_t(s)]),
                                 m_pairs.data() + m_offset[size_t(s)], scratch);
        };
        if (n < 2000) {
            fill(0, n);
        } else { // rows are independent: the second core takes the second half
            std::thread other(fill, n / 2, n);
            fill(0, n / 2);
            other.join();
        }
    }
    const PairMatch &at(int s, int t) const { return m_pairs[size_t(m_offset[size_t(s)] + t - m_lo[size_t(s)])]; }

private:
    std::vector<int> m_lo;
    std::vector<long long> m_offset;
    std::vector<PairMatch> m_pairs;
};

struct Scorer {
    const std::vector<long long> &ps, &pt; // prefix sums of lengths
    const LengthModel &length;
    const LexicalModel &lexical;
    const PairCache &pairs;

    double lengthCost(int s0, int a, int t0, int b) const
    {
        return length.cost(double(ps[size_t(s0 + a)] - ps[size_t(s0)]), double(pt[size_t(t0 + b)] - pt[size_t(t0)]));
    }
    double lexicalBound(int s0, int a, int t0, int b) const
    {
        double bound = 0;
        for (int s = s0; s < s0 + a; ++s)
            bound += lexical.maxScore(0, s, b);
        for (int t = t0; t < t0 + b; ++t)
            bound += lexical.maxScore(1, t, a);
        return bound;
    }
    double lexicalScore(int s0, int a, int t0, int b) const
    {
        double score = 0;
        uint64_t tbits[kMaxBeadSide] = {};
        for (int s = s0; s < s0 + a; ++s) {
            uint64_t sbits = 0;
            for (int t = t0; t < t0 + b; ++t) {
                const PairMatch &pm = pairs.at(s, t);
                sbits |= pm.sourceWords;
                tbits[t - t0] |= pm.targetWords;
            }
            score += lexical.score(0, s, b, sbits);
        }
        for (int t = t0; t < t0 + b; ++t)
            score += lexical.score(1, t, a, tbits[t - t0]);
        return score;
    }
};

std::vector<long long> prefixSums(const std::vector<int> &v)
{
    std::vector<long long> p(v.size() + 1, 0);
    for (size_t i = 0; i < v.size(); ++i)
        p[i + 1] = p[i] + v[i];
    return p;
}

} // namespace

BeadSearchResult beadSearch(const Band &band, const std::vector<int> &ls, const std::vector<int> &lt,
                            const LengthModel &length, const LexicalModel &lexical,
                            const std::function<bool()> &isCanceled)
{
    BeadSearchResult out;
    const int n = int(ls.size()), m = int(lt.size());
    const PairCache pairs(band, n, m, lexical);
    const std::vector<long long> ps = prefixSums(ls), pt = prefixSums(lt);
    const Scorer scorer{ps, pt, length, lexical, pairs};
    const auto &prior = beadPriorCosts();
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr unsigned char kNone = 0xFF;

    std::vector<long long> offset(size_t(n) + 2, 0);
    for (int i = 0; i <= n; ++i)
        offset[size_t(i) + 1] = offset[size_t(i)] + band.hi[size_t(i)] - band.lo[size_t(i)] + 1;
    std::vector<double> cost(static_cast<size_t>(offset[size_t(n) + 1]), inf);
    std::vector<unsigned char> back(cost.size(), kNone);
    auto cell = [&](int i, int j) { return size_t(offset[size_t(i)] + j - band.lo[size_t(i)]); };
    cost[cell(0, 0)] = 0.0;

    for (int i = 0; i <= n; ++i) {
        if (isCanceled && (i & 1023) == 0 && isCanceled()) {
            out.canceled = true;
            return out;
        }
        for (int j = band.lo[size_t(i)]; j <= band.hi[size_t(i)]; ++j) {
            double best = cost[cell(i, j)];
            unsigned char arg = back[cell(i, j)];
            for (size_t k = 0; k < kBeadTypes.size(); ++k) {
                const int a = kBeadTypes[k].source, b = kBeadTypes[k].target;
                if (!band.contains(i - a, j - b))
                    continue;
                const double prev = cost[cell(i - a, j - b)];
                if (prev == inf)
                    continue;
                double c = prev + prior[k];
                if (a > 0 && b > 0) {
                    c += scorer.lengthCost(i - a, a, j - b, b);
                    // Skip the lexical work when even a perfect match could not win.
                    if (c - scorer.lexicalBound(i - a, a, j - b, b) >= best)
                        continue;
                    c -= scorer.lexicalScore(i - a, a, j - b, b);
                }
                if (c < best) {
                    best = c;
                    arg = (unsigned char)k;
                }
            }
            cost[cell(i, j)] = best;
            back[cell(i, j)] = arg;
        }
    }
    out.cells = offset[size_t(n) + 1];

    for (int i = n, j = m; i > 0 || j > 0;) {
        const unsigned char k = back[cell(i, j)];
        if (k == kNone)
            break; // unreachable: cannot happen with a band that holds a path
        const int a = kBeadTypes[k].source, b = kBeadTypes[k].target;
        Bead bead{i - a, a, j - b, b, 0.0};
        if (a > 0 && b > 0) {
            const double evidence = scorer.lexicalScore(i - a, a, j - b, b) - scorer.lengthCost(i - a, a, j - b, b);
            bead.score = 1.0 / (1.0 + std::exp(-(evidence + 1.0)));
        }
        out.beads.prepend(bead);
        i -= a;
        j -= b;
    }
    return out;
}

} // namespace bireader
