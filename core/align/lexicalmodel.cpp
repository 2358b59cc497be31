#include "lexicalmodel.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <thread>

namespace bireader {
namespace {

void buildPostings(std::vector<std::vector<int>> &postings, const std::vector<UnitFeatures> &units, int stemCount)
{
    postings.assign(size_t(stemCount), {});
    for (int u = 0; u < int(units.size()); ++u)
        for (int st : units[size_t(u)].stems)
            if (postings[size_t(st)].empty() || postings[size_t(st)].back() != u)
                postings[size_t(st)].push_back(u);
}

std::vector<UnitFeatures> keepStems(const std::vector<UnitFeatures> &units, const std::vector<std::vector<int>> &other)
{
    std::vector<UnitFeatures> out(units.size());
    for (size_t u = 0; u < units.size(); ++u) {
        const UnitFeatures &in = units[u];
        UnitFeatures &f = out[u];
        f.length = in.length;
        f.wordBegin.reserve(in.wordBegin.size());
        f.stems.reserve(in.stems.size());
        for (int w = 0; w < in.wordCount(); ++w) {
            for (int k = in.wordBegin[size_t(w)]; k < in.wordBegin[size_t(w) + 1]; ++k)
                if (!other[size_t(in.stems[size_t(k)])].empty())
                    f.stems.push_back(in.stems[size_t(k)]);
            f.wordBegin.push_back(int(f.stems.size()));
        }
    }
    return out;
}

// Runs a and b at once when the work is big enough to pay for a thread.
template <typename A, typename B>
void inParallel(bool parallel, A &&a, B &&b)
{
    if (!parallel) {
        a();
        b();
        return;
    }
    std::thread t(std::forward<A>(a));
    b();
    t.join();
}

} // namespace

LexicalModel::LexicalModel(const std::vector<UnitFeatures> &source, const std::vector<UnitFeatures> &target,
                           int stemCount, double pm)
    : m_pm(pm)
{
    m_parallel = source.size() + target.size() >= kParallelUnits;
    // The two sides are built on two threads, step by step (each step reads the other side).
    inParallel(m_parallel, [&] { buildPostings(m_src.postings, source, stemCount); },
               [&] { buildPostings(m_tgt.postings, target, stemCount); });
    // Stems the other side never uses can never match: drop them once, here.
    inParallel(m_parallel, [&] { m_src.own = keepStems(source, m_tgt.postings); },
               [&] { m_tgt.own = keepStems(target, m_src.postings); });
    inParallel(m_parallel, [&] { buildSide(m_src, m_src.own, m_tgt, stemCount); },
               [&] { buildSide(m_tgt, m_tgt.own, m_src, stemCount); });
    m_stemCount = stemCount;
    m_scratch = makeScratch();
    if (pm > 0)
        setMatchProbability(pm);
}

void LexicalModel::buildSide(SideData &side, const std::vector<UnitFeatures> &units, const SideData &other, int)
{
    const double otherUnits = std::max<size_t>(1, other.units->size());
    side.firstWord.reserve(units.size() + 1);
    for (const UnitFeatures &u : units) {
        side.firstWord.push_back(int(side.pr.size()));
        for (int w = 0; w < cappedWords(u); ++w) {
            double miss = 1.0;
            for (int k = u.wordBegin[size_t(w)]; k < u.wordBegin[size_t(w) + 1]; ++k)
                miss *= 1.0 - double(other.postings[size_t(u.stems[size_t(k)])].size()) / otherUnits;
            side.pr.push_back(std::clamp(1.0 - miss, 0.0, 0.99));
        }
    }
    side.firstWord.push_back(int(side.pr.size()));
}

bool LexicalModel::computeWeights(SideData &side) const
{
    // Gains depend on pr only: tabulate them on a fine grid of pr, once per pm.
    constexpr int kSteps = 4096;
    struct Weights {
        std::array<double, kMaxBeadSide> hit{}, miss{};
    };
    std::vector<Weights> table(kSteps + 1);
    for (int q = 1; q <= kSteps; ++q) {
        const double pr = double(q) / kSteps;
        double none = 1.0; // chance that none of k units holds a stem: (1 - pr)^k
        for (int k = 0; k < kMaxBeadSide; ++k) {
            none *= 1.0 - pr;
            const double prb = 1.0 - none;
            if (prb >= m_pm)
                continue; // as likely by chance as in a translation: uninformative
            table[size_t(q)].hit[size_t(k)] = std::log(m_pm / prb);
            table[size_t(q)].miss[size_t(k)] = std::log((1.0 - m_pm) / (1.0 - prb));
        }
    }
    side.gain.assign(side.pr.size() * kMaxBeadSide, 0.0);
    side.base.assign(side.units->size(), {});
    side.best.assign(side.units->size(), {});
    bool evidence = false;
    for (size_t u = 0; u + 1 < side.firstWord.size(); ++u) {
        for (int w = side.firstWord[u]; w < side.firstWord[u + 1]; ++w) {
            const double pr = side.pr[size_t(w)];
            if (pr <= 0.0)
                continue; // never matchable in this document: no evidence either way
            const Weights &wt = table[size_t(std::clamp(int(std::lround(pr * kSteps)), 1, kSteps))];
            for (size_t k = 0; k < kMaxBeadSide; ++k) {
                side.gain[size_t(w) * kMaxBeadSide + k] = wt.hit[k] - wt.miss[k];
                side.base[u][k] += wt.miss[k];
                side.best[u][k] += wt.hit[k];
            }
            evidence = evidence || wt.hit[0] != 0.0;
        }
    }
    return evidence;
}

void LexicalModel::setMatchProbability(double pm)
{
    m_pm = std::clamp(pm, 0.05, 0.95);
    bool src = false, tgt = false;
    inParallel(m_parallel, [&] { src = computeWeights(m_src); }, [&] { tgt = computeWeights(m_tgt); });
    m_hasEvidence = src || tgt;
}

namespace {

uint64_t markMatched(const UnitFeatures &u, const std::vector<int> &otherStamp, int stamp)
{
    uint64_t bits = 0;
    const int words = std::min(u.wordCount(), LexicalModel::kMaxWords);
    for (int w = 0; w < words; ++w)
        for (int k = u.wordBegin[size_t(w)]; k < u.wordBegin[size_t(w) + 1]; ++k)
            if (otherStamp[size_t(u.stems[size_t(k)])] == stamp) {
                bits |= uint64_t(1) << w;
                break;
            }
    return bits;
}

} // namespace

LexicalModel::Scratch LexicalModel::makeScratch() const
{
    Scratch s;
    s.stampS.assign(size_t(m_stemCount), 0);
    s.stampT.assign(size_t(m_stemCount), 0);
    return s;
}

void LexicalModel::matchRow(int s, int lo, int hi, PairMatch *out, Scratch &scratch) const
{
    const UnitFeatures &su = (*m_src.units)[size_t(s)];
    const int rowStamp = ++scratch.counter;
    for (int st : su.stems)
        scratch.stampS[size_t(st)] = rowStamp;
    for (int t = lo; t < hi; ++t) {
        const UnitFeatures &tu = (*m_tgt.units)[size_t(t)];
        const int stamp = ++scratch.counter;
        for (int st : tu.stems)
            scratch.stampT[size_t(st)] = stamp;
        out[t - lo] = {markMatched(su, scratch.stampT, stamp), markMatched(tu, scratch.stampS, rowStamp)};
    }
}

PairMatch LexicalModel::match(int s, int t) const
{
    PairMatch m;
    matchRow(s, t, t + 1, &m, m_scratch);
    return m;
}

double LexicalModel::score(int sideIndex, int u, int k, uint64_t matched) const
{
    const SideData &side = sideIndex == 0 ? m_src : m_tgt;
    const size_t kk = size_t(std::min(k, int(kMaxBeadSide)) - 1);
    double s = side.base[size_t(u)][kk];
    const double *gain = side.gain.data() + size_t(side.firstWord[size_t(u)]) * kMaxBeadSide + kk;
    while (matched) {
        const int w = std::countr_zero(matched);
        s += gain[size_t(w) * kMaxBeadSide];
        matched &= matched - 1;
    }
    return s;
}

double LexicalModel::accumulateRow(int s, int lo, int hi, std::vector<double> &gain, std::vector<int> &stamp) const
{
    const UnitFeatures &su = (*m_src.units)[size_t(s)];
    const int first = m_src.firstWord[size_t(s)];
    for (int w = 0; w < cappedWords(su); ++w) {
        const double g = m_src.gain[size_t(first + w) * kMaxBeadSide];
        if (g == 0.0)
            continue;
        for (int k = su.wordBegin[size_t(w)]; k < su.wordBegin[size_t(w) + 1]; ++k) {
            const std::vector<int> &post = m_tgt.postings[size_t(su.stems[size_t(k)])];
            for (auto it = std::lower_bound(post.begin(), post.end(), lo); it != post.end() && *it < hi; ++it) {
                int &seen = stamp[size_t(*it - lo)];
                if (seen != w + 1) {
                    seen = w + 1;
                    gain[size_t(*it - lo)] += g;
                }
            }
        }
    }
    return m_src.base[size_t(s)][0];
}

double LexicalModel::observedMatchRate(const std::vector<std::pair<int, int>> &pairs) const
{
    long informative = 0, matched = 0;
    for (const auto &[s, t] : pairs) {
        const uint64_t bits = match(s, t).sourceWords;
        const int first = m_src.firstWord[size_t(s)];
        for (int w = 0; w < m_src.firstWord[size_t(s) + 1] - first; ++w) {
            if (m_src.pr[size_t(first + w)] <= 0.0)
                continue;
            ++informative;
            matched += (bits >> w) & 1;
        }
    }
    return informative ? double(matched) / double(informative) : 0.5;
}

} // namespace bireader
