#include "firstpass.h"

#include "beadtypes.h"

#include <algorithm>
#include <cmath>
#include <limits>

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
    for (const auto &[i, j] : path) {
        for (int k = std::max(0, i - r); k <= std::min(n, i + r); ++k) {
            b.lo[size_t(k)] = std::min(b.lo[size_t(k)], std::max(0, j - r));
            b.hi[size_t(k)] = std::max(b.hi[size_t(k)], std::min(m, j + r));
        }
    }
    b.lo[0] = 0;
    b.hi[size_t(n)] = m;
    for (int i = n - 1; i >= 0; --i)
        b.lo[size_t(i)] = std::min(b.lo[size_t(i)], b.lo[size_t(i) + 1]);
    for (int i = 1; i <= n; ++i)
        b.hi[size_t(i)] = std::max(b.hi[size_t(i)], b.hi[size_t(i) - 1]);
    return b;
}

namespace {

enum Move : unsigned char { kStart, kDiag, kDown, kRight }; // 1-1, 1-0, 0-1

bool runBand(const Band &band, const std::vector<int> &ls, const std::vector<int> &lt, const LengthModel &length,
             const LexicalModel &lexical, FirstPassResult &out, const std::function<bool()> &isCanceled)
{
    const int n = int(ls.size()), m = int(lt.size());
    const auto &prior = beadPriorCosts();
    const double c11 = prior[0], c10 = prior[1], c01 = prior[2];
    constexpr double inf = std::numeric_limits<double>::infinity();

    std::vector<long long> offset(size_t(n) + 2, 0);
    for (int i = 0; i <= n; ++i)
        offset[size_t(i) + 1] = offset[size_t(i)] + band.hi[size_t(i)] - band.lo[size_t(i)] + 1;
    // Back pointers at two bits a cell: the first round's band is over a million cells.
    std::vector<unsigned char> back(static_cast<size_t>(offset[size_t(n) + 1] + 3) / 4);
    std::vector<double> prev, cur, gain;
    std::vector<int> stamp;

    for (int i = 0; i <= n; ++i) {
        if (isCanceled && (i & 1023) == 0 && isCanceled())
            return false;
        const int lo = band.lo[size_t(i)], hi = band.hi[size_t(i)];
        cur.assign(size_t(hi - lo + 1), inf);
        double base = 0;
        if (i > 0) { // lexical gains of source unit i-1 against targets lo-1 .. hi-1
            const int tlo = std::max(0, lo - 1), thi = hi;
            gain.assign(size_t(thi - tlo + 1), 0.0);
            stamp.assign(gain.size(), 0);
            base = lexical.accumulateRow(i - 1, tlo, thi, gain, stamp);
        }
        const long long rowStart = offset[size_t(i)];
        // Pass 1 uses Gale-Church's conditional delta: its scale is fixed for the row.
        const double srcLen = i > 0 ? ls[size_t(i) - 1] : 0;
        const double scale = 1.0 / (length.ratio() * std::sqrt(length.variance() * std::max(1.0, srcLen)));
        const int plo = i > 0 ? band.lo[size_t(i) - 1] : 0, phi = i > 0 ? band.hi[size_t(i) - 1] : -1;
        for (int j = lo; j <= hi; ++j) {
            double best = (i == 0 && j == 0) ? 0.0 : inf;
            unsigned char mv = kStart;
            if (i > 0 && j > 0 && j - 1 >= plo && j - 1 <= phi) {
                const int t = j - 1, tlo = std::max(0, lo - 1);
                const double c = prev[size_t(j - 1 - plo)] + c11
                    + twoTailCost(std::fabs((lt[size_t(t)] - length.ratio() * srcLen) * scale))
                    - (base + gain[size_t(t - tlo)]);
                if (c < best) {
                    best = c;
                    mv = kDiag;
                }
            }
            if (i > 0 && j >= plo && j <= phi) {
                const double c = prev[size_t(j - plo)] + c10;
                if (c < best) {
                    best = c;
                    mv = kDown;
                }
            }
            if (j > lo) {
                const double c = cur[size_t(j - 1 - lo)] + c01;
                if (c < best) {
                    best = c;
                    mv = kRight;
                }
            }
            cur[size_t(j - lo)] = best;
            const long long at = rowStart + (j - lo);
            back[size_t(at >> 2)] |= static_cast<unsigned char>(mv << ((at & 3) * 2));
        }
        std::swap(prev, cur);
    }
    out.cells += offset[size_t(n) + 1];

    out.path.clear();
    out.pairs.clear();
    int i = n, j = m;
    while (true) {
        out.path.emplace_back(i, j);
        const long long at = offset[size_t(i)] + j - band.lo[size_t(i)];
        const unsigned char mv = (back[size_t(at >> 2)] >> ((at & 3) * 2)) & 3;
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
    (void)m;
    return true;
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
