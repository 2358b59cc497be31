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

void distinctWordValues(const UnitFeatures &u, bool keys, std::vector<int> &out)
{
    const std::vector<int> &v = keys ? u.keys : u.stems;
    out.assign(v.begin(), v.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

} // namespace

std::vector<std::vector<int>> learnAssociations(const std::vector<UnitFeatures> &source,
                                                const std::vector<UnitFeatures> &target,
                                                const std::vector<std::pair<int, int>> &pairs, int keyCount)
{
    std::vector<std::vector<int>> out;
    if (int(pairs.size()) < kMinPairs)
        return out;
    // Distinct source keys and target stems of each pair, counted once.
    std::vector<std::vector<int>> keysOfPair(pairs.size()), stemsOfPair(pairs.size());
    std::vector<int> cx(static_cast<size_t>(keyCount), 0), cy(static_cast<size_t>(keyCount), 0);
    for (size_t p = 0; p < pairs.size(); ++p) {
        distinctWordValues(source[size_t(pairs[p].first)], true, keysOfPair[p]);
        distinctWordValues(target[size_t(pairs[p].second)], false, stemsOfPair[p]);
        for (int x : keysOfPair[p])
            ++cx[size_t(x)];
        for (int y : stemsOfPair[p])
            ++cy[size_t(y)];
    }
    // Per source key: the pairs it occurs in (rare stems can form no association).
    std::vector<std::vector<int>> pairsOf(static_cast<size_t>(keyCount));
    for (size_t p = 0; p < pairs.size(); ++p) {
        for (int x : keysOfPair[p])
            if (cx[size_t(x)] >= kMinCooccurrence)
                pairsOf[size_t(x)].push_back(int(p));
        std::erase_if(stemsOfPair[p], [&](int y) { return cy[size_t(y)] < kMinCooccurrence; });
    }
    const int n = int(pairs.size());
    const std::vector<double> klnk = klnkTable(n);
    std::vector<std::vector<std::pair<double, int>>> best(static_cast<size_t>(keyCount));
    // Keys are independent: two threads take half of them each, with their own counters.
    auto scoreKeys = [&](int from, int to) {
        std::vector<int> count(static_cast<size_t>(keyCount), 0), touched;
        for (int x = from; x < to; ++x) {
            if (pairsOf[size_t(x)].size() < size_t(kMinCooccurrence))
                continue;
            touched.clear();
            for (int p : pairsOf[size_t(x)])
                for (int y : stemsOfPair[size_t(p)])
                    if (count[size_t(y)]++ == 0)
                        touched.push_back(y);
            const int fx = cx[size_t(x)];
            for (int y : touched) {
                const int a = count[size_t(y)], fy = cy[size_t(y)];
                count[size_t(y)] = 0;
                if (a < kMinCooccurrence || double(a) * n <= double(fx) * fy)
                    continue;
                const double score = g2(a, fx, fy, n, klnk);
                if (score >= kMinG2)
                    best[size_t(x)].emplace_back(score, y);
            }
        }
    };
    if (pairs.size() >= kParallelPairs) {
        std::thread other(scoreKeys, keyCount / 2, keyCount);
        scoreKeys(0, keyCount / 2);
        other.join();
    } else {
        scoreKeys(0, keyCount);
    }
    // Equal scores are ordered by where the stem first occurs in the target, not by its
    // id: ids depend on how the two tokenizing threads interleaved.
    std::vector<int> firstSeen(static_cast<size_t>(keyCount), std::numeric_limits<int>::max());
    int seen = 0;
    for (const UnitFeatures &u : target)
        for (int y : u.stems)
            if (firstSeen[size_t(y)] == std::numeric_limits<int>::max())
                firstSeen[size_t(y)] = seen++;
    out.resize(size_t(keyCount));
    for (size_t x = 0; x < best.size(); ++x) {
        auto &b = best[x];
        std::sort(b.begin(), b.end(), [&firstSeen](const auto &l, const auto &r) {
            return l.first != r.first ? l.first > r.first : firstSeen[size_t(l.second)] < firstSeen[size_t(r.second)];
        });
        for (size_t k = 0; k < std::min(kMaxPerWord, b.size()); ++k)
            out[x].push_back(b[k].second);
    }
    return out;
}

} // namespace bireader
