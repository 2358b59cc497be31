#include "associations.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace bireader {
namespace {

constexpr int kMinPairs = 50; // fewer aligned pairs teach nothing reliable
constexpr int kMinCooccurrence = 2;
constexpr double kMinG2 = 15.0; // p < 0.0001 for one degree of freedom
constexpr size_t kMaxPerWord = 3;
constexpr size_t kParallelPairs = 1000;

// k ln k for the integers 0..n: every count in a 2x2 table is one of them.
std::vector<double> klnkTable(int n)
{
    std::vector<double> t(static_cast<size_t>(n) + 1, 0.0);
    for (int k = 1; k <= n; ++k)
        t[size_t(k)] = k * std::log(double(k));
    return t;
}

// Dunning's log-likelihood ratio for a 2x2 contingency table of counts:
// a = both, fx and fy the margins, n the total.
double g2(int a, int fx, int fy, int n, const std::vector<double> &klnk)
{
    auto f = [&klnk](int k) { return klnk[size_t(k)]; };
    const int b = fx - a, c = fy - a, d = n - fx - fy + a;
    return 2 * (f(a) + f(b) + f(c) + f(d) - f(fx) - f(n - fx) - f(fy) - f(n - fy) + f(n));
}

// Compressed rows: row r is values[start[r] .. start[r + 1]).
struct Rows {
    std::vector<int> start { 0 }, values;
    int size(int r) const { return start[size_t(r) + 1] - start[size_t(r)]; }
    const int *begin(int r) const { return values.data() + start[size_t(r)]; }
    const int *end(int r) const { return values.data() + start[size_t(r) + 1]; }
};

// Appends one row: the distinct values of v[from, to) that `keep` accepts (seen: a stamp per value).
template <typename Keep>
void appendDistinct(Rows &rows, const std::vector<int> &v, int from, int to, std::vector<int> &seen, int stamp,
                    Keep keep)
{
    for (int k = from; k < to; ++k) {
        const int x = v[size_t(k)];
        if (seen[size_t(x)] != stamp && keep(x)) {
            seen[size_t(x)] = stamp;
            rows.values.push_back(x);
        }
    }
    rows.start.push_back(int(rows.values.size()));
}

} // namespace

std::vector<std::vector<int>> learnAssociations(const UnitFeatures &source, const UnitFeatures &target,
                                                const std::vector<std::pair<int, int>> &pairs, int keyCount)
{
    std::vector<std::vector<int>> out;
    if (int(pairs.size()) < kMinPairs)
        return out;
    const int n = int(pairs.size());
    const size_t keys = size_t(keyCount);
    // Distinct source keys and target stems of each pair, counted once; stems seen in
    // fewer than two pairs can form no association and are left out.
    std::vector<int> seenX(keys, -1), seenY(keys, -1), cx(keys, 0), cy(keys, 0);
    Rows keysOf, stemsOf;
    for (int p = 0; p < n; ++p) {
        const int s = pairs[size_t(p)].first, t = pairs[size_t(p)].second;
        appendDistinct(keysOf, source.keys, source.unitWord[size_t(s)], source.unitWord[size_t(s) + 1], seenX, p,
                       [](int) { return true; });
        for (const int *x = keysOf.begin(p); x != keysOf.end(p); ++x)
            ++cx[size_t(*x)];
        for (int k = target.stemBegin(t); k < target.stemBegin(t + 1); ++k) {
            const int y = target.stems[size_t(k)];
            if (seenY[size_t(y)] != p) {
                seenY[size_t(y)] = p;
                ++cy[size_t(y)];
            }
        }
    }
    std::fill(seenY.begin(), seenY.end(), -1);
    for (int p = 0; p < n; ++p) {
        const int t = pairs[size_t(p)].second;
        appendDistinct(stemsOf, target.stems, target.stemBegin(t), target.stemBegin(t + 1), seenY, p,
                       [&cy](int y) { return cy[size_t(y)] >= kMinCooccurrence; });
    }
    // Per source key: the pairs it occurs in, and the work that makes.
    Rows pairsOf;
    pairsOf.start.assign(keys + 1, 0);
    for (int x : keysOf.values)
        if (cx[size_t(x)] >= kMinCooccurrence)
            ++pairsOf.start[size_t(x) + 1];
    for (size_t k = 1; k <= keys; ++k)
        pairsOf.start[k] += pairsOf.start[k - 1];
    pairsOf.values.resize(size_t(pairsOf.start.back()));
    std::vector<long long> work(keys + 1, 0);
    {
        std::vector<int> fill(pairsOf.start.begin(), pairsOf.start.end() - 1);
        for (int p = 0; p < n; ++p)
            for (const int *x = keysOf.begin(p); x != keysOf.end(p); ++x)
                if (cx[size_t(*x)] >= kMinCooccurrence) {
                    pairsOf.values[size_t(fill[size_t(*x)]++)] = p;
                    work[size_t(*x) + 1] += stemsOf.size(p);
                }
    }
    for (size_t k = 1; k <= keys; ++k)
        work[k] += work[k - 1];
    // Equal scores are ordered by where the stem first occurs in the target, not by its
    // id: ids depend on how the two tokenizing threads interleaved.
    std::vector<int> firstSeen(keys, std::numeric_limits<int>::max());
    int seen = 0;
    for (int y : target.stems)
        if (firstSeen[size_t(y)] == std::numeric_limits<int>::max())
            firstSeen[size_t(y)] = seen++;
    const std::vector<double> klnk = klnkTable(n);
    out.resize(keys);
    // Keys are independent: two threads take half of the work each, with their own counters.
    auto scoreKeys = [&](int from, int to) {
        std::vector<int> count(keys, 0), touched;
        std::vector<std::pair<double, int>> best;
        for (int x = from; x < to; ++x) {
            if (pairsOf.size(x) < kMinCooccurrence)
                continue;
            touched.clear();
            for (const int *p = pairsOf.begin(x); p != pairsOf.end(x); ++p)
                for (const int *y = stemsOf.begin(*p); y != stemsOf.end(*p); ++y)
                    if (count[size_t(*y)]++ == 0)
                        touched.push_back(*y);
            const int fx = cx[size_t(x)];
            best.clear();
            for (int y : touched) {
                const int a = count[size_t(y)], fy = cy[size_t(y)];
                count[size_t(y)] = 0;
                if (a < kMinCooccurrence || double(a) * n <= double(fx) * fy)
                    continue;
                const double score = g2(a, fx, fy, n, klnk);
                if (score >= kMinG2)
                    best.emplace_back(score, y);
            }
            const size_t keep = std::min(kMaxPerWord, best.size());
            std::partial_sort(best.begin(), best.begin() + long(keep), best.end(),
                              [&firstSeen](const auto &l, const auto &r) {
                                  return l.first != r.first ? l.first > r.first
                                                            : firstSeen[size_t(l.second)] < firstSeen[size_t(r.second)];
                              });
            for (size_t k = 0; k < keep; ++k)
                out[size_t(x)].push_back(best[k].second);
        }
    };
    if (pairs.size() >= kParallelPairs) {
        const int middle = int(std::lower_bound(work.begin(), work.end(), work.back() / 2) - work.begin());
        std::thread other(scoreKeys, middle, keyCount);
        scoreKeys(0, middle);
        other.join();
    } else {
        scoreKeys(0, keyCount);
    }
    return out;
}

} // namespace bireader
