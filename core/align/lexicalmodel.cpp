#include "lexicalmodel.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace bireader {

namespace {

// log(1 - e^x) for x < 0 is log(-x) + g(x), with g(x) = log((1 - e^x) / -x) smooth
// (g(0) = 0, g(-3) = -1.15): g is tabulated over [-kGRange, 0] and interpolated.
constexpr double kGRange = 4.0;
constexpr int kGSteps = 512;

double smoothPart(double x)
{
    static const std::vector<double> table = [] {
        std::vector<double> t(kGSteps + 2, 0.0);
        for (int i = 1; i <= kGSteps + 1; ++i) {
            const double v = -kGRange * i / kGSteps;
            t[size_t(i)] = std::log(-std::expm1(v) / -v);
        }
        return t;
    }();
    const double pos = std::min(-x, kGRange) * (kGSteps / kGRange);
    const int i = int(pos);
    const double f = pos - i;
    return table[size_t(i)] * (1 - f) + table[size_t(i) + 1] * f;
}

} // namespace

namespace {

constexpr double kFreeRendering = 0.03;

double freelyRenderedExactly(double x)
{
    constexpr double e = kFreeRendering;
    return x > 0 ? x + std::log1p(-e + e * std::exp(-x)) : std::log((1 - e) * std::exp(x) + e);
}

// Tabulated over [-kMixedRange, kMixedRange] (the bead search asks millions of times);
// beyond it the mixture is the score itself, or log e, to within 1e-4.
constexpr double kMixedRange = 12.0;
constexpr int kMixedSteps = 32; // a unit

} // namespace

double freelyRendered(double x)
{
    static const std::vector<double> table = [] {
        std::vector<double> t(size_t(2 * kMixedRange * kMixedSteps) + 2);
        for (size_t i = 0; i < t.size(); ++i)
            t[i] = freelyRenderedExactly(double(i) / kMixedSteps - kMixedRange);
        return t;
    }();
    if (x >= kMixedRange)
        return x + std::log1p(-kFreeRendering);
    if (x <= -kMixedRange)
        return std::log(kFreeRendering);
    const double pos = (x + kMixedRange) * kMixedSteps;
    const int i = int(pos);
    const double f = pos - i;
    return table[size_t(i)] * (1 - f) + table[size_t(i) + 1] * f;
}

const LexicalModel::LevelLogs &LexicalModel::levelLogs()
{
    static const LevelLogs logs = [] {
        LevelLogs l;
        l.stay.assign(kLevels + 1, 0.0);
        l.logRate.assign(kLevels + 1, 0.0);
        for (int q = 1; q <= kLevels; ++q) {
            l.stay[size_t(q)] = std::log1p(-std::min(0.99, double(q) / kLevels));
            l.logRate[size_t(q)] = std::log(-l.stay[size_t(q)]);
        }
        return l;
    }();
    return logs;
}

void LexicalModel::computeWeights()
{
    for (int side = 0; side < 2; ++side) {
        m_logPm[side] = std::log(m_pm[side]);
        m_logMiss[side] = std::log1p(-m_pm[side]);
    }
    // The first pass scores source words in one average unit.
    const std::vector<double> &stay = levelLogs().stay;
    m_hit1.assign(kLevels + 1, 0.0);
    m_miss1.assign(kLevels + 1, 0.0);
    for (int q = 1; q <= kLevels; ++q) {
        const double x = stay[size_t(q)]; // log of the chance of no match in one unit
        if (x <= m_logMiss[0])
            continue; // a match is as likely by chance as in a translation: uninformative
        m_hit1[size_t(q)] = m_logPm[0] - std::log(-std::expm1(x));
        m_miss1[size_t(q)] = m_logMiss[0] - x;
    }
    auto any = [this, &stay](const SideData &side, int index) {
        for (uint16_t q : side.level)
            if (stay[q] > m_logMiss[index])
                return true;
        return false;
    };
    m_hasEvidence = any(m_src, 0) || any(m_tgt, 1);
}

void LexicalModel::setMatchProbability(double pm)
{
    m_pm[0] = m_pm[1] = std::clamp(pm, 0.05, 0.95);
    computeWeights();
}

void LexicalModel::setMatchProbability(int side, double pm)
{
    m_pm[side] = std::clamp(pm, 0.05, 0.95);
    computeWeights();
}

void LexicalModel::matchRow(int s, int lo, int hi, PairMatch *out, MatchCursor *cursor) const
{
    std::fill(out, out + (hi - lo), PairMatch {});
    const FlatUnits &f = m_src.flat;
    const int first = f.unitWord[size_t(s)], words = f.unitWord[size_t(s) + 1] - first;
    if (cursor && cursor->position.empty())
        cursor->position.assign(size_t(m_stemCount), -1);
    // Each stem of s against the target words holding it in [lo, hi): work in proportion
    // to the matches, not to the words of every pair.
    for (int w = 0; w < words; ++w) {
        const uint64_t sourceBit = w < kMaxWords ? uint64_t(1) << w : 0;
        for (int k = f.wordStem[size_t(first + w)]; k < f.wordStem[size_t(first + w) + 1]; ++k) {
            const int st = f.stems[size_t(k)];
            const WordPosting *it = m_wordPostings.entries.data() + m_wordPostings.start[size_t(st)];
            const WordPosting *end = m_wordPostings.entries.data() + m_wordPostings.start[size_t(st) + 1];
            const auto before = [](const WordPosting &p, int unit) { return p.unit < unit; };
            if (!cursor) {
                it = std::lower_bound(it, end, lo, before);
            } else if (int &at = cursor->position[size_t(st)]; at < 0) { // first use: search
                it = std::lower_bound(it, end, lo, before);
                at = int(it - m_wordPostings.entries.data());
            } else { // rows come with lo never decreasing: walk on from the last row
                it = m_wordPostings.entries.data() + at;
                while (it != end && it->unit < lo)
                    ++it;
                at = int(it - m_wordPostings.entries.data());
            }
            for (; it != end && it->unit < hi; ++it) {
                PairMatch &m = out[it->unit - lo];
                m.sourceWords |= sourceBit;
                if (it->word < kMaxWords)
                    m.targetWords |= uint64_t(1) << it->word;
            }
        }
    }
}

double LexicalModel::score(int sideIndex, int u, double span, uint64_t matched) const
{
    const SideData &side = sideIndex == 0 ? m_src : m_tgt;
    const double logPm = m_logPm[sideIndex], logMiss = m_logMiss[sideIndex];
    const LevelLogs &logs = levelLogs();
    const size_t first = size_t(side.firstWord[size_t(u)]), last = size_t(side.firstWord[size_t(u) + 1]);
    // A word of rate r = -log(1 - pr) has no chance match in the span with e^x, x = -r * span.
    // It is informative while a chance match is less likely than pm, x > log(1 - pm):
    // the words of rate below -log(1 - pm) / span, a prefix of the sorted rates. A miss
    // scores log((1 - pm) / e^x), a hit log(pm / (1 - e^x)).
    // (Indices, not pointers: with no scored words the arrays are empty and an offset from
    // their null data() is undefined; UBSan, found by fuzzing.)
    const double limit = -logMiss / span;
    size_t informative = 0; // a unit has a few dozen words at most: a scan beats a search
    while (first + informative < last && side.sortedRate[first + informative] < limit)
        ++informative;
    double s = 0;
    if (informative > 0) // every informative word missed
        s = double(informative) * logMiss + span * side.rateSum[first + informative - 1];
    if (matched == 0)
        return s;
    const double logSpan = std::log(span);
    for (uint64_t bits = matched; bits; bits &= bits - 1) {
        const size_t w = first + size_t(std::countr_zero(bits));
        if (w >= last)
            break;
        const uint16_t q = side.level[w];
        const double x = logs.stay[q] * span;
        if (x <= logMiss)
            continue;
        s += logPm - (logs.logRate[q] + logSpan + smoothPart(x)) - (logMiss - x); // a hit, not a miss
    }
    return s;
}

double LexicalModel::bound(int side, int u, double minSpan, double maxSpan, uint64_t reach) const
{
    return score(side, u, maxSpan, 0) + (score(side, u, minSpan, reach) - score(side, u, minSpan, 0));
}

double LexicalModel::accumulateRow(int s, int lo, int hi, std::vector<double> &gain, std::vector<int> &stamp,
                                   MatchCursor &cursor) const
{
    const FlatUnits &f = m_src.flat;
    if (cursor.position.empty())
        cursor.position.assign(m_tgt.postings.start.size(), -1);
    const int *units = m_tgt.postings.units.data();
    const int firstWord = f.unitWord[size_t(s)], first = m_src.firstWord[size_t(s)];
    // The first pass prices pairs as if each target unit had the average length.
    double base = 0;
    for (int w = 0; w < f.cappedWords(s); ++w) {
        const uint16_t q = m_src.level[size_t(first + w)];
        base += m_miss1[q];
        const double g = m_hit1[q] - m_miss1[q];
        if (g == 0.0)
            continue;
        for (int k = f.wordStem[size_t(firstWord + w)]; k < f.wordStem[size_t(firstWord + w) + 1]; ++k) {
            const int st = f.stems[size_t(k)];
            const int *begin = units + m_tgt.postings.start[size_t(st)];
            const int *end = units + m_tgt.postings.start[size_t(st) + 1];
            int &at = cursor.position[size_t(st)];
            const int *it = begin;
            if (at < 0) {
                it = std::lower_bound(begin, end, lo);
            } else { // the first unit >= lo, from where the last row left it
                it = units + at;
                while (it != end && *it < lo)
                    ++it;
                while (it != begin && it[-1] >= lo)
                    --it;
            }
            at = int(it - units);
            for (; it != end && *it < hi; ++it) {
                int &seen = stamp[size_t(*it - lo)];
                if (seen != w + 1) {
                    seen = w + 1;
                    gain[size_t(*it - lo)] += g;
                }
            }
        }
    }
    return base;
}

} // namespace bireader
