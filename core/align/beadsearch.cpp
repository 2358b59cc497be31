#include "beadsearch.h"

#include "beadtypes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <thread>

namespace bireader {

namespace {

// Match bits of each (source, target) unit pair a bead in the band can contain.
class PairCache
{
public:
    PairCache(const Band &band, int n, int m, const LexicalModel &lexical, int so, int tgtOff)
        : m_lo(size_t(n))
        , m_offset(size_t(n) + 1, 0)
    {
        for (int s = 0; s < n; ++s) {
            const int lo = std::max(0, band.lo[size_t(s) + 1] - kMaxBeadSide);
            const int hi = std::min(m, band.hi[size_t(std::min(n, s + kMaxBeadSide))]);
            m_lo[size_t(s)] = lo;
            m_offset[size_t(s) + 1] = m_offset[size_t(s)] + std::max(0, hi - lo);
        }
        m_pairs.resize(size_t(m_offset[size_t(n)]));
        auto fill = [&](int from, int to) {
            LexicalModel::MatchCursor cursor;
            for (int s = from; s < to; ++s)
                lexical.matchRow(so + s, tgtOff + m_lo[size_t(s)],
                                 tgtOff + m_lo[size_t(s)] + int(m_offset[size_t(s) + 1] - m_offset[size_t(s)]),
                                 m_pairs.data() + m_offset[size_t(s)], &cursor);
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
    int so = 0, to = 0; // offsets of local units in the lexical model

    double lengthCost(int s0, int a, int t0, int b) const
    {
        return length.cost(double(ps[size_t(s0 + a)] - ps[size_t(s0)]), double(pt[size_t(t0 + b)] - pt[size_t(t0)]));
    }
    // Span, in average units, of the k units of the other side before `end`.
    double span(int side, int end, int k) const
    {
        const std::vector<long long> &p = side == 0 ? pt : ps;
        return lexical.spanOf(side, double(p[size_t(end)] - p[size_t(end - k)]));
    }
    // bestPrefix[side][k - 1][u]: sum over units v < u of the most unit v can score in a
    // bead of k units of the other side: its words matched anywhere in the band near it,
    // in the smallest span of k units there, its misses in the largest.
    std::array<std::array<std::vector<double>, kMaxBeadSide>, 2> bestPrefix;
    void prepareBounds(const Band &band, int n, int m)
    {
        std::vector<uint64_t> reach[2] = { std::vector<uint64_t>(size_t(n), 0), std::vector<uint64_t>(size_t(m), 0) };
        // Source unit s meets the targets of rows s+1 .. s+kMaxBeadSide; target unit t
        // the sources whose rows reach column t+1.
        std::vector<int> firstRow(size_t(m) + 1, n + 1), lastRow(size_t(m) + 1, -1);
        for (int i = 0; i <= n; ++i)
            for (int j = band.lo[size_t(i)]; j <= band.hi[size_t(i)]; ++j) {
                firstRow[size_t(j)] = std::min(firstRow[size_t(j)], i);
                lastRow[size_t(j)] = std::max(lastRow[size_t(j)], i);
            }
        for (int s = 0; s < n; ++s) {
            const int lo = std::max(0, band.lo[size_t(s) + 1] - kMaxBeadSide);
            const int hi = std::min(m, band.hi[size_t(std::min(n, s + kMaxBeadSide))]);
            for (int t = lo; t < hi; ++t) {
                reach[0][size_t(s)] |= pairs.at(s, t).sourceWords;
                reach[1][size_t(t)] |= pairs.at(s, t).targetWords;
            }
        }
        for (int side = 0; side < 2; ++side) {
            const int count = side == 0 ? n : m, other = side == 0 ? m : n;
            for (int k = 1; k <= kMaxBeadSide; ++k) {
                std::vector<double> &p = bestPrefix[size_t(side)][size_t(k - 1)];
                p.assign(size_t(count) + 1, 0.0);
                for (int u = 0; u < count; ++u) {
                    // Window ends this unit's beads can have on the other side.
                    int firstEnd, lastEnd;
                    if (side == 0) {
                        firstEnd = band.lo[size_t(u) + 1];
                        lastEnd = band.hi[size_t(std::min(n, u + kMaxBeadSide))];
                    } else {
                        firstEnd = firstRow[size_t(u) + 1] <= n ? firstRow[size_t(u) + 1] : 0;
                        lastEnd = lastRow[size_t(std::min(m, u + kMaxBeadSide))];
                    }
                    firstEnd = std::max(firstEnd, k);
                    lastEnd = std::min(lastEnd, other);
                    double lo = std::numeric_limits<double>::infinity(), hi = 0;
                    for (int end = firstEnd; end <= lastEnd; ++end) {
                        const double sp = span(side, end, k);
                        lo = std::min(lo, sp);
                        hi = std::max(hi, sp);
                    }
                    const double best = lo > hi ? 0.0
                                                : freelyRendered(lexical.bound(side, u + (side == 0 ? so : to), lo, hi,
                                                                               reach[size_t(side)][size_t(u)]));
                    p[size_t(u) + 1] = p[size_t(u)] + best;
                }
            }
        }
    }
    double unitBound(int side, int u, int k) const
    {
        const std::vector<double> &p = bestPrefix[size_t(side)][size_t(k - 1)];
        return p[size_t(u) + 1] - p[size_t(u)];
    }
    double lexicalBound(int s0, int a, int t0, int b) const
    {
        const auto &ps = bestPrefix[0][size_t(b - 1)], &pt = bestPrefix[1][size_t(a - 1)];
        return ps[size_t(s0 + a)] - ps[size_t(s0)] + pt[size_t(t0 + b)] - pt[size_t(t0)];
    }
    // The lexical score of one unit against the last k units of the other side before a
    // window end, for k = 1 .. kMaxBeadSide, filled as beads ask for larger k. Every
    // state of that window end shares it: a source unit's windows serve the rows below
    // it, a target unit's the columns after it.
    struct Window {
        uint64_t bits = 0; // the unit's words matched so far
        int done = 0; // score[1 .. done] are ready
        double score[kMaxBeadSide + 1];
    };
    // Source unit s against targets j-k .. j-1 (side 0), or target unit t against
    // sources i-k .. i-1 (side 1): makes score[k] ready and returns it.
    double windowScore(Window &w, int side, int unit, int end, int k) const
    {
        const int u = unit + (side == 0 ? so : to);
        for (int kk = w.done + 1; kk <= k; ++kk) {
            const PairMatch &pm = side == 0 ? pairs.at(unit, end - kk) : pairs.at(end - kk, unit);
            w.bits |= side == 0 ? pm.sourceWords : pm.targetWords;
            w.score[kk] = freelyRendered(lexical.score(side, u, span(side, end, kk), w.bits));
        }
        w.done = std::max(w.done, k);
        return w.score[k];
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
            score += freelyRendered(lexical.score(0, so + s, span(0, t0 + b, b), sbits));
        }
        for (int t = t0; t < t0 + b; ++t)
            score += freelyRendered(lexical.score(1, to + t, span(1, s0 + a, a), tbits[t - t0]));
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
                            const LengthModel &length, const LexicalModel &lexical, const SearchCosts &costs,
                            const std::function<bool()> &isCanceled, SearchSlice slice)
{
    const int sourceOffset = slice.sourceOffset, targetOffset = slice.targetOffset;
    const BoundaryCosts *boundaries = costs.boundaries.empty() ? nullptr : &costs.boundaries;
    BeadSearchResult out;
    const int n = int(ls.size()), m = int(lt.size());
    const PairCache pairs(band, n, m, lexical, sourceOffset, targetOffset);
    const std::vector<long long> ps = prefixSums(ls), pt = prefixSums(lt);
    Scorer scorer { ps, pt, length, lexical, pairs, sourceOffset, targetOffset, {} };
    scorer.prepareBounds(band, n, m);
    const BeadCosts &prior = costs.priors;
    // Null beads at the document's edges: a source unit while no target unit is used or
    // all are, and the other way round.
    const int allSource = slice.sourceUnits ? slice.sourceUnits : n,
              allTarget = slice.targetUnits ? slice.targetUnits : m;
    auto nullCost = [&](size_t k, int i, int j) {
        const bool edge = kBeadTypes[k].target == 0 ? (j + targetOffset == 0 || j + targetOffset == allTarget)
                                                    : (i + sourceOffset == 0 || i + sourceOffset == allSource);
        return edge ? std::min(costs.edgeNull, prior[k]) : prior[k];
    };
    constexpr double inf = std::numeric_limits<double>::infinity();
    constexpr unsigned char kNone = 0xFF;

    std::vector<long long> offset(size_t(n) + 2, 0);
    for (int i = 0; i <= n; ++i)
        offset[size_t(i) + 1] = offset[size_t(i)] + band.hi[size_t(i)] - band.lo[size_t(i)] + 1;
    std::vector<double> cost(static_cast<size_t>(offset[size_t(n) + 1]), inf);
    std::vector<unsigned char> back(cost.size(), kNone);
    auto cell = [&](int i, int j) { return size_t(offset[size_t(i)] + j - band.lo[size_t(i)]); };
    cost[cell(0, 0)] = 0.0;

    // Rows i-a (a = 0 .. kMaxBeadSide) of the state being filled: where their cells start
    // (indexed by j) and their band; fixed for the row, so kept out of the cell loop.
    struct RowRef {
        long long base = 0; // cost/back index of (row, j) is base + j
        int lo = 1, hi = 0; // empty unless the row exists
    };
    // Source unit s's windows (ring slot s % kMaxBeadSide, over the columns of the rows
    // s+1 .. s+kMaxBeadSide that use it), and the target units' windows of this row.
    std::array<std::vector<Scorer::Window>, kMaxBeadSide> sourceWindows;
    std::array<int, kMaxBeadSide> sourceFirstColumn {};
    std::vector<Scorer::Window> targetWindows;
    int targetFirst = 0;
    auto sourceWindow = [&](int s, int j) -> Scorer::Window & {
        const size_t slot = size_t(s % kMaxBeadSide);
        return sourceWindows[slot][size_t(j - sourceFirstColumn[slot])];
    };
    auto targetWindow = [&](int t) -> Scorer::Window & { return targetWindows[size_t(t - targetFirst)]; };
    for (int i = 0; i <= n; ++i) {
        if (isCanceled && (i & 1023) == 0 && isCanceled()) {
            out.canceled = true;
            return out;
        }
        if (i > 0) { // source unit i-1 enters: its windows start empty
            int lo = band.lo[size_t(i)], hi = band.hi[size_t(i)];
            for (int r = i + 1; r <= std::min(n, i + kMaxBeadSide - 1); ++r) {
                lo = std::min(lo, band.lo[size_t(r)]);
                hi = std::max(hi, band.hi[size_t(r)]);
            }
            const size_t slot = size_t((i - 1) % kMaxBeadSide);
            sourceFirstColumn[slot] = lo;
            sourceWindows[slot].assign(size_t(hi - lo + 1), Scorer::Window {});
        }
        targetFirst = std::max(0, band.lo[size_t(i)] - kMaxBeadSide);
        targetWindows.assign(size_t(std::max(0, band.hi[size_t(i)] - targetFirst)), Scorer::Window {});
        std::array<RowRef, kMaxBeadSide + 1> rows {};
        for (int a = 0; a <= kMaxBeadSide && a <= i; ++a)
            rows[size_t(a)]
                = { offset[size_t(i - a)] - band.lo[size_t(i - a)], band.lo[size_t(i - a)], band.hi[size_t(i - a)] };
        const long long here = rows[0].base;
        for (int j = band.lo[size_t(i)]; j <= band.hi[size_t(i)]; ++j) {
            double best = cost[size_t(here + j)];
            unsigned char arg = back[size_t(here + j)];
            for (size_t k = 0; k < kBeadTypes.size(); ++k) {
                const int a = kBeadTypes[k].source, b = kBeadTypes[k].target;
                const RowRef &row = rows[size_t(a)];
                if (j - b < row.lo || j - b > row.hi)
                    continue;
                const double prev = cost[size_t(row.base + j - b)];
                if (prev == inf)
                    continue;
                double c = prev + (a > 0 && b > 0 ? prior[k] : nullCost(k, i, j));
                if (a > 0 && b > 0) {
                    // Skip the lexical work when even the best match in reach could not win,
                    // unit by unit: each unit's score replaces its bound, and the bead is
                    // given up as soon as it cannot win. The length cost (a square root and
                    // a division) comes last: it is never negative.
                    double bound = scorer.lexicalBound(i - a, a, j - b, b);
                    if (c - bound >= best)
                        continue;
                    bool lost = false;
                    for (int x = 0; x < a && !lost; ++x) {
                        const int s = i - 1 - x;
                        bound += scorer.windowScore(sourceWindow(s, j), 0, s, j, b) - scorer.unitBound(0, s, b);
                        lost = c - bound >= best;
                    }
                    for (int y = 0; y < b && !lost; ++y) {
                        const int t = j - 1 - y;
                        bound += scorer.windowScore(targetWindow(t), 1, t, i, a) - scorer.unitBound(1, t, a);
                        lost = c - bound >= best;
                    }
                    if (lost)
                        continue;
                    c -= bound;
                    c += scorer.lengthCost(i - a, a, j - b, b);
                }
                if (c < best) {
                    best = c;
                    arg = (unsigned char)k;
                }
            }
            if (boundaries)
                best += boundaries->at(i + sourceOffset, j + targetOffset);
            cost[size_t(here + j)] = best;
            back[size_t(here + j)] = arg;
        }
    }
    out.cells = offset[size_t(n) + 1];

    for (int i = n, j = m; i > 0 || j > 0;) {
        const unsigned char k = back[cell(i, j)];
        if (k == kNone)
            break; // unreachable: cannot happen with a band that holds a path
        const int a = kBeadTypes[k].source, b = kBeadTypes[k].target;
        Bead bead { i - a, a, j - b, b, 0.0 };
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
