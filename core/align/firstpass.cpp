#include "firstpass.h"

#include "beadtypes.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace bireader {

long long Band::cells() const
{
    long long c = 0;
    for (size_t i = 0; i < lo.size(); ++i)
        c += hi[i] - lo[i] + 1;
    return c;
}

Band Band::diagonal(int n, int m, int w)
{
    Band b;
    b.lo.resize(size_t(n) + 1);
    b.hi.resize(size_t(n) + 1);
    for (int i = 0; i <= n; ++i) {
        const int c = n ? int((long long)i * m / n) : m;
        b.lo[size_t(i)] = std::max(0, c - w);
        b.hi[size_t(i)] = std::min(m, c + w);
    }
    b.lo[0] = 0;
    b.hi[size_t(n)] = m;
    return b;
}

Band Band::around(const std::vector<std::pair<int, int>> &path, int n, int m, int r)
{
    Band b;
    b.lo.assign(size_t(n) + 1, std::numeric_limits<int>::max());
    b.hi.assign(size_t(n) + 1, -1);
    auto cover = [&](int i, int jLo, int jHi) { // rows i-r .. i+r, columns jLo-r .. jHi+r
        for (int k = std::max(0, i - r); k <= std::min(n, i + r); ++k) {
            b.lo[size_t(k)] = std::min(b.lo[size_t(k)], std::max(0, jLo - r));
            b.hi[size_t(k)] = std::max(b.hi[size_t(k)], std::min(m, jHi + r));
        }
    };
    for (size_t p = 0; p < path.size(); ++p) {
        const auto [i, j] = path[p];
        cover(i, j, j);
        if (p == 0)
            continue;
        // A path that jumps (the part of a document-wide path inside a stretch between
        // fixed links may enter and leave it anywhere) is joined by the straight line
        // between its states, so that every row between them has columns.
        const auto [pi, pj] = path[p - 1];
        if (i - pi <= 1 && j - pj <= 1)
            continue;
        for (int k = pi; k <= i; ++k) {
            const double at = i == pi ? 1.0 : double(k - pi) / double(i - pi);
            const double next = i == pi ? 1.0 : double(k + 1 - pi) / double(i - pi);
            const int from = pj + int(std::floor(at * (j - pj)));
            const int to = i == pi ? j : pj + int(std::ceil(std::min(1.0, next) * (j - pj)));
            cover(k, std::min(from, to), std::max(from, to));
        }
    }
    b.lo[0] = 0;
    b.hi[size_t(n)] = m;
    b.lo[size_t(n)] = std::min(b.lo[size_t(n)], m);
    b.hi[0] = std::max(b.hi[0], 0);
    for (int i = n - 1; i >= 0; --i)
        b.lo[size_t(i)] = std::min(b.lo[size_t(i)], b.lo[size_t(i) + 1]);
    for (int i = 1; i <= n; ++i)
        b.hi[size_t(i)] = std::max(b.hi[size_t(i)], b.hi[size_t(i) - 1]);
    return b;
}

namespace {

enum Move : unsigned char { kStart, kDiag, kDown, kRight }; // 1-1, 1-0, 0-1

constexpr int kParallelRows = 2000; // fewer rows: one thread is faster

// Back pointers at two bits a cell (the first round's band is over a million cells).
struct Moves {
    std::vector<unsigned char> bits;
    explicit Moves(long long cells)
        : bits(static_cast<size_t>(cells + 3) / 4)
    {
    }
    void set(long long at, unsigned char mv)
    {
        bits[size_t(at >> 2)] |= static_cast<unsigned char>(mv << ((at & 3) * 2));
    }
    unsigned char get(long long at) const { return (bits[size_t(at >> 2)] >> ((at & 3) * 2)) & 3; }
    // set(at + k, row[k]) for k < count; whole bytes at a time where it can.
    void setRow(long long at, const unsigned char *row, int count)
    {
        int k = 0;
        for (; k < count && (at & 3); ++k, ++at)
            set(at, row[k]);
        for (; k + 4 <= count; k += 4, at += 4)
            bits[size_t(at >> 2)]
                = static_cast<unsigned char>(row[k] | row[k + 1] << 2 | row[k + 2] << 4 | row[k + 3] << 6);
        for (; k < count; ++k, ++at)
            set(at, row[k]);
    }
};

// The first pass's dynamic programme over a band, run from both ends at once: forward
// from (0, 0) to row `mid`, backward from (n, m) to row `mid` on a second thread; the
// best path crosses row mid where the two costs add up least.
class BandSearch
{
public:
    BandSearch(const Band &band, const std::vector<int> &ls, const std::vector<int> &lt, const LengthModel &length,
               const LexicalModel &lexical)
        : m_band(band)
        , m_ls(ls)
        , m_lt(lt)
        , m_length(length)
        , m_lexical(lexical)
        , m_n(int(ls.size()))
        , m_m(int(lt.size()))
        , m_offset(size_t(m_n) + 2, 0)
    {
        for (int i = 0; i <= m_n; ++i)
            m_offset[size_t(i) + 1] = m_offset[size_t(i)] + band.hi[size_t(i)] - band.lo[size_t(i)] + 1;
        const auto &prior = beadPriorCosts();
        m_c11 = prior[0];
        m_c10 = prior[1];
        m_c01 = prior[2];
    }
    long long cells() const { return m_offset[size_t(m_n) + 1]; }

    bool run(FirstPassResult &out, const std::function<bool()> &isCanceled)
    {
        const int mid = m_n >= kParallelRows ? m_n / 2 : m_n;
        // Both halves' memory is taken here, on the owning thread (see reserveFlat()).
        Moves forwardMoves(m_offset[size_t(mid) + 1]), backwardMoves(cells() - m_offset[size_t(mid)]);
        std::vector<double> forwardCost, backwardCost;
        bool forwardDone = true, backwardDone = true;
        if (mid < m_n) {
            std::thread other([&] { backwardDone = backward(mid, backwardMoves, backwardCost, isCanceled); });
            forwardDone = forward(mid, forwardMoves, forwardCost, isCanceled);
            other.join();
        } else {
            forwardDone = forward(mid, forwardMoves, forwardCost, isCanceled);
        }
        if (!forwardDone || !backwardDone)
            return false;
        // Where the path crosses row mid.
        const int lo = m_band.lo[size_t(mid)];
        int cross = m_m;
        if (mid < m_n) {
            double best = std::numeric_limits<double>::infinity();
            for (size_t k = 0; k < forwardCost.size(); ++k)
                if (forwardCost[k] + backwardCost[k] < best) {
                    best = forwardCost[k] + backwardCost[k];
                    cross = lo + int(k);
                }
        }
        out.path.clear();
        out.pairs.clear();
        for (int i = mid, j = cross;;) { // back to the start
            out.path.emplace_back(i, j);
            const unsigned char mv = forwardMoves.get(m_offset[size_t(i)] + j - m_band.lo[size_t(i)]);
            if (mv == kStart)
                break;
            if (mv == kDiag)
                out.pairs.emplace_back(--i, --j);
            else if (mv == kDown)
                --i;
            else
                --j;
        }
        std::reverse(out.path.begin(), out.path.end());
        std::reverse(out.pairs.begin(), out.pairs.end());
        for (int i = mid, j = cross; mid < m_n;) { // on to the end
            const unsigned char mv
                = backwardMoves.get(m_offset[size_t(i)] - m_offset[size_t(mid)] + j - m_band.lo[size_t(i)]);
            if (mv == kStart)
                break;
            if (mv == kDiag)
                out.pairs.emplace_back(i++, j++);
            else if (mv == kDown)
                ++i;
            else
                ++j;
            out.path.emplace_back(i, j);
        }
        out.cells += cells();
        return true;
    }

private:
    // Pairing source unit s with target units t costs c11 + twoTailCost(|lt[t] - expected| *
    // scale), the lexical gain excluded; expected and scale are fixed for the row. Pass 1
    // uses Gale-Church's conditional delta, whose scale depends on the source only.
    struct Row {
        double expected = 0, scale = 0;
    };
    Row rowOf(int s) const
    {
        const double ls = m_ls[size_t(s)];
        return { m_length.ratio() * ls, 1.0 / (m_length.ratio() * std::sqrt(m_length.variance() * std::max(1.0, ls))) };
    }
    double pairCost(const Row &row, int t) const
    {
        return m_c11 + twoTailCost(m_costTable, std::fabs((m_lt[size_t(t)] - row.expected) * row.scale));
    }

    // Selects, not branches: off the path, which move wins is a coin toss.
    static void keepBetter(double c, Move move, double &best, unsigned char &bestMove)
    {
        const bool better = c < best;
        best = better ? c : best;
        bestMove = better ? static_cast<unsigned char>(move) : bestMove;
    }
    // The moves along a row (0-1 beads), after those from the next row over: each cell
    // may come from its neighbour, the one before it forward or after it backward.
    void alongRow(std::vector<double> &cur, std::vector<unsigned char> &rowMoves, bool forward) const
    {
        const size_t n = cur.size();
        for (size_t k = 1; k < n; ++k) {
            const size_t at = forward ? k : n - 1 - k, from = forward ? at - 1 : at + 1;
            keepBetter(cur[from] + m_c01, kRight, cur[at], rowMoves[at]);
        }
    }

    // Rows 0..last from (0, 0); `cost` ends as row last's costs.
    bool forward(int last, Moves &moves, std::vector<double> &cost, const std::function<bool()> &isCanceled) const
    {
        constexpr double inf = std::numeric_limits<double>::infinity();
        std::vector<double> cur, gain;
        std::vector<unsigned char> rowMoves;
        std::vector<int> stamp;
        LexicalModel::MatchCursor cursor;
        for (int i = 0; i <= last; ++i) {
            if (isCanceled && (i & 1023) == 0 && isCanceled())
                return false;
            const int lo = m_band.lo[size_t(i)], hi = m_band.hi[size_t(i)];
            cur.assign(size_t(hi - lo + 1), inf);
            double base = 0;
            const int tlo = std::max(0, lo - 1);
            if (i > 0) { // lexical gains of source unit i-1 against targets lo-1 .. hi-1
                gain.assign(size_t(hi - tlo + 1), 0.0);
                stamp.assign(gain.size(), 0);
                base = m_lexical.accumulateRow(i - 1, tlo, hi, gain, stamp, cursor);
            }
            const Row row = i > 0 ? rowOf(i - 1) : Row {};
            const int plo = i > 0 ? m_band.lo[size_t(i) - 1] : 0, phi = i > 0 ? m_band.hi[size_t(i) - 1] : -1;
            const long long rowStart = m_offset[size_t(i)];
            rowMoves.assign(cur.size(), kStart);
            if (i == 0)
                cur[0] = 0.0; // the start (lo is 0 on row 0)
            // Moves from the row above first: independent of each other, so the processor
            // overlaps them; then the moves along the row, which chain.
            if (i > 0) {
                for (int j = std::max(lo, plo); j <= std::min(hi, phi + 1); ++j) {
                    double best = inf;
                    unsigned char mv = kStart;
                    if (j > 0 && j - 1 >= plo) {
                        best = cost[size_t(j - 1 - plo)] + pairCost(row, j - 1) - (base + gain[size_t(j - 1 - tlo)]);
                        mv = kDiag;
                    }
                    if (j <= phi)
                        keepBetter(cost[size_t(j - plo)] + m_c10, kDown, best, mv);
                    cur[size_t(j - lo)] = best;
                    rowMoves[size_t(j - lo)] = mv;
                }
            }
            alongRow(cur, rowMoves, true);
            moves.setRow(rowStart, rowMoves.data(), hi - lo + 1);
            std::swap(cost, cur);
        }
        return true;
    }

    // Rows n down to first, from (n, m): the cost of the rest of the way from each cell.
    bool backward(int first, Moves &moves, std::vector<double> &cost, const std::function<bool()> &isCanceled) const
    {
        constexpr double inf = std::numeric_limits<double>::infinity();
        std::vector<double> cur, gain;
        std::vector<unsigned char> rowMoves;
        std::vector<int> stamp;
        LexicalModel::MatchCursor cursor;
        for (int i = m_n; i >= first; --i) {
            if (isCanceled && (i & 1023) == 0 && isCanceled())
                return false;
            const int lo = m_band.lo[size_t(i)], hi = m_band.hi[size_t(i)];
            cur.assign(size_t(hi - lo + 1), inf);
            double base = 0;
            if (i < m_n) { // lexical gains of source unit i against targets lo .. hi
                gain.assign(size_t(hi - lo + 1), 0.0);
                stamp.assign(gain.size(), 0);
                base = m_lexical.accumulateRow(i, lo, std::min(hi + 1, m_m), gain, stamp, cursor);
            }
            const Row row = i < m_n ? rowOf(i) : Row {};
            const int nlo = i < m_n ? m_band.lo[size_t(i) + 1] : 0, nhi = i < m_n ? m_band.hi[size_t(i) + 1] : -1;
            const long long rowStart = m_offset[size_t(i)] - m_offset[size_t(first)];
            rowMoves.assign(cur.size(), kStart);
            if (i == m_n)
                cur[size_t(m_m - lo)] = 0.0; // the end (hi is m on row n)
            if (i < m_n) { // moves to the row below first (independent), then along the row
                for (int j = std::max(lo, nlo - 1); j <= std::min(hi, nhi); ++j) {
                    double best = inf;
                    unsigned char mv = kStart;
                    if (j < m_m && j + 1 <= nhi) {
                        best = cost[size_t(j + 1 - nlo)] + pairCost(row, j) - (base + gain[size_t(j - lo)]);
                        mv = kDiag;
                    }
                    if (j >= nlo)
                        keepBetter(cost[size_t(j - nlo)] + m_c10, kDown, best, mv);
                    cur[size_t(j - lo)] = best;
                    rowMoves[size_t(j - lo)] = mv;
                }
            }
            alongRow(cur, rowMoves, false);
            moves.setRow(rowStart, rowMoves.data(), hi - lo + 1);
            std::swap(cost, cur);
        }
        return true;
    }

    const Band &m_band;
    const std::vector<int> &m_ls, &m_lt;
    const LengthModel &m_length;
    const LexicalModel &m_lexical;
    const int m_n, m_m;
    std::vector<long long> m_offset;
    double m_c11 = 0, m_c10 = 0, m_c01 = 0;
    const double *m_costTable = detail::costTable().data();
};

bool runBand(const Band &band, const std::vector<int> &ls, const std::vector<int> &lt, const LengthModel &length,
             const LexicalModel &lexical, FirstPassResult &out, const std::function<bool()> &isCanceled)
{
    return BandSearch(band, ls, lt, length, lexical).run(out, isCanceled);
}

bool touchesEdge(const Band &band, const std::vector<std::pair<int, int>> &path, int m, int margin)
{
    for (const auto &[i, j] : path) {
        const int lo = band.lo[size_t(i)], hi = band.hi[size_t(i)];
        if ((lo > 0 && j - lo < margin) || (hi < m && hi - j < margin))
            return true;
    }
    return false;
}

} // namespace

FirstPassResult firstPass(const std::vector<int> &ls, const std::vector<int> &lt, const LengthModel &length,
                          const LexicalModel &lexical, const std::function<bool()> &isCanceled,
                          const std::vector<std::pair<int, int>> &previous)
{
    FirstPassResult out;
    const int n = int(ls.size()), m = int(lt.size());
    // Long documents drift further from the diagonal; the band still doubles as needed.
    int w = !previous.empty() ? 16 : (n + m >= 8000 ? 128 : 64);
    while (true) {
        const Band band = previous.empty() ? Band::diagonal(n, m, w) : Band::around(previous, n, m, w);
        if (!runBand(band, ls, lt, length, lexical, out, isCanceled)) {
            out.canceled = true;
            return out;
        }
        out.halfWidth = w;
        if (w >= std::max(n, m) || !touchesEdge(band, out.path, m, std::max(4, w / 8)))
            return out;
        w *= 2;
    }
}

} // namespace bireader
