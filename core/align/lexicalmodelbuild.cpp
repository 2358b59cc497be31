// Building the lexical model: each side's stems, postings and word rates, flattened for
// the search, and the match rate measured on pairs (scoring is in lexicalmodel.cpp).
#include "lexicalmodel.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <thread>

namespace bireader {
namespace {

// Calls f(stem) for the stems of word w: its own, then those `extra` gives its key
// (learned associations; may repeat one of its own).
template <typename F> void forWordStems(const UnitFeatures &u, int w, const LearnedStems *extra, F &&f)
{
    for (int k = u.wordBegin[size_t(w)]; k < u.wordBegin[size_t(w) + 1]; ++k)
        f(u.stems[size_t(k)]);
    if (extra) {
        const int key = u.keys[size_t(w)];
        if (key >= 0 && size_t(key) < extra->size())
            for (int st : (*extra)[size_t(key)])
                f(st);
    }
}

// Calls f(stem, u) for each distinct stem of units [from, to), unit by unit (`last`: a
// stamp per stem, -1 or a unit before `from`).
template <typename F>
void forDistinctStems(const UnitFeatures &units, int from, int to, const LearnedStems *extra, std::vector<int> &last,
                      F &&f)
{
    for (int u = from; u < to; ++u)
        for (int w = units.unitWord[size_t(u)]; w < units.unitWord[size_t(u) + 1]; ++w)
            forWordStems(units, w, extra, [&](int st) {
                if (last[size_t(st)] != u) {
                    last[size_t(st)] = u;
                    f(st, u);
                }
            });
}

// Stem -> the units holding it (each unit once, in order).
template <typename P> void buildPostings(P &p, const UnitFeatures &units, int stemCount)
{
    std::vector<int> last(static_cast<size_t>(stemCount), -1);
    p.start.assign(size_t(stemCount) + 1, 0);
    forDistinctStems(units, 0, units.units(), nullptr, last, [&](int st, int) { ++p.start[size_t(st) + 1]; });
    for (size_t k = 1; k < p.start.size(); ++k)
        p.start[k] += p.start[k - 1];
    p.units.resize(size_t(p.start.back()));
    std::vector<int> fill(p.start.begin(), p.start.end() - 1);
    std::fill(last.begin(), last.end(), -1);
    forDistinctStems(units, 0, units.units(), nullptr, last,
                     [&](int st, int u) { p.units[size_t(fill[size_t(st)]++)] = u; });
}

// Runs a and b at once when the work is big enough to pay for a thread.
template <typename A, typename B> void inParallel(bool parallel, A &&a, B &&b)
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

// Counts only (no units), on two threads when `parallel`: each counts half of the units.
template <typename P>
void countPostings(P &p, const UnitFeatures &units, int stemCount, const LearnedStems *extra, bool parallel)
{
    auto count = [&](int from, int to, std::vector<int> &counts) {
        std::vector<int> last(static_cast<size_t>(stemCount), -1);
        forDistinctStems(units, from, to, extra, last, [&](int st, int) { ++counts[size_t(st) + 1]; });
    };
    const int n = units.units(), half = parallel ? n / 2 : n;
    p.start.assign(size_t(stemCount) + 1, 0);
    std::vector<int> other(parallel ? p.start.size() : 0, 0);
    inParallel(
        parallel, [&] { count(0, half, p.start); }, [&] { count(half, n, other); });
    for (size_t k = 0; k < other.size(); ++k)
        p.start[k] += other[k];
    for (size_t k = 1; k < p.start.size(); ++k)
        p.start[k] += p.start[k - 1];
}

// Reserves what flatten() can fill, once, on the thread that owns the model.
template <typename Flat> void reserveFlat(Flat &f, const UnitFeatures &units, const LearnedStems *extra)
{
    const size_t words = size_t(units.wordCount());
    size_t stems = units.stems.size();
    if (extra) // an upper bound: what the words' keys learned
        for (int key : units.keys)
            if (key >= 0 && size_t(key) < extra->size())
                stems += (*extra)[size_t(key)].size();
    f.unitWord.reserve(size_t(units.units()) + 1);
    f.wordStem.reserve(words + 1);
    f.stems.reserve(stems);
}

template <typename Flat, typename P>
void flatten(Flat &f, const UnitFeatures &units, const P &other, const LearnedStems *extra = nullptr)
{
    // Which stems the other side has, a bit each: the test below runs for every stem of
    // every word, and the bits stay in the first-level cache where the counts would not.
    std::vector<uint64_t> present((other.start.size() + 63) / 64, 0);
    for (size_t st = 0; st + 1 < other.start.size(); ++st)
        if (other.start[st + 1] > other.start[st])
            present[st / 64] |= uint64_t(1) << (st % 64);
    auto has = [&present](int st) { return (present[size_t(st) / 64] >> (st % 64)) & 1; };
    // With learned stems a stem may come twice to a word: the word it was last kept for.
    std::vector<int> keptFor(extra ? other.start.size() : 0, -1);
    // A word repeated in a unit is one piece of evidence, not several.
    std::vector<int> keyUnit(other.start.size(), -1);
    for (int u = 0; u < units.units(); ++u) {
        for (int w = units.unitWord[size_t(u)]; w < units.unitWord[size_t(u) + 1]; ++w) {
            if (const int key = units.keys[size_t(w)]; key >= 0 && size_t(key) < keyUnit.size()) {
                if (keyUnit[size_t(key)] == u)
                    continue;
                keyUnit[size_t(key)] = u;
            }
            const size_t before = f.stems.size();
            forWordStems(units, w, extra, [&](int st) {
                if (!has(st))
                    return;
                if (extra) {
                    if (keptFor[size_t(st)] == w)
                        return;
                    keptFor[size_t(st)] = w;
                }
                f.stems.push_back(st);
            });
            // A word with no stem the other side has is neither matched nor missed:
            // leave it out, so it takes no place among the kMaxWords.
            if (f.stems.size() > before)
                f.wordStem.push_back(int(f.stems.size()));
        }
        f.unitWord.push_back(int(f.wordStem.size()) - 1);
    }
}

} // namespace

LexicalModel::LexicalModel(const UnitFeatures &source, const UnitFeatures &target, int stemCount, double pm)
    : m_pm { pm, pm }
{
    m_parallel = size_t(source.units() + target.units()) >= kParallelUnits;
    // The two sides are built on two threads, step by step (each step reads the other side).
    inParallel(
        m_parallel, [&] { countPostings(m_src.postings, source, stemCount, nullptr, false); },
        [&] { buildPostings(m_tgt.postings, target, stemCount); });
    finishBuild(source, target, stemCount, pm);
}

LexicalModel::LexicalModel(LexicalModel &&previous, const UnitFeatures &source, const UnitFeatures &target,
                           int stemCount, const LearnedStems &learned)
    : m_pm { previous.m_pm[0], previous.m_pm[1] }
{
    m_parallel = size_t(source.units() + target.units()) >= kParallelUnits;
    m_tgt.postings = std::move(previous.m_tgt.postings);
    // Free the rest of the old model first: the new one reuses its memory instead of
    // touching new pages.
    previous.m_src = {};
    previous.m_tgt = {};
    previous.m_wordPostings = {};
    countPostings(m_src.postings, source, stemCount, &learned, m_parallel);
    finishBuild(source, target, stemCount, 0.0, &learned);
}

void LexicalModel::finishBuild(const UnitFeatures &source, const UnitFeatures &target, int stemCount, double pm,
                               const LearnedStems *learned)
{
    // Stems the other side never uses can never match: drop them once, here.
    reserveFlat(m_src.flat, source, learned);
    reserveFlat(m_tgt.flat, target, nullptr);
    inParallel(
        m_parallel, [&] { flatten(m_src.flat, source, m_tgt.postings, learned); },
        [&] { flatten(m_tgt.flat, target, m_src.postings); });
    reserveSide(m_src);
    reserveSide(m_tgt);
    inParallel(
        m_parallel, [&] { buildSide(m_src, m_tgt); }, [&] { buildSide(m_tgt, m_src); });
    m_stemCount = stemCount;
    for (const UnitFeatures *side : { &source, &target }) {
        double total = 0;
        for (int l : side->lengths)
            total += l;
        m_meanLength[side == &source ? 0 : 1]
            = side->lengths.empty() ? 1.0 : std::max(1.0, total / double(side->lengths.size()));
    }
    if (pm > 0)
        setMatchProbability(pm);
}

void LexicalModel::reserveSide(SideData &side)
{
    const FlatUnits &f = side.flat;
    size_t scored = 0;
    for (int u = 0; u < f.size(); ++u)
        scored += size_t(f.cappedWords(u));
    side.firstWord.reserve(size_t(f.size()) + 1);
    side.level.reserve(scored);
    side.sortedRate.reserve(scored);
    side.rateSum.reserve(scored);
}

void LexicalModel::buildSide(SideData &side, const SideData &other)
{
    const FlatUnits &f = side.flat;
    const double otherUnits = std::max(1, other.flat.size());
    for (int u = 0; u < f.size(); ++u) {
        side.firstWord.push_back(int(side.level.size()));
        for (int w = f.unitWord[size_t(u)]; w < f.unitWord[size_t(u)] + f.cappedWords(u); ++w) {
            double miss = 1.0;
            for (int k = f.wordStem[size_t(w)]; k < f.wordStem[size_t(w) + 1]; ++k)
                miss *= 1.0 - double(other.postings.count(f.stems[size_t(k)])) / otherUnits;
            const double pr = std::clamp(1.0 - miss, 0.0, 0.99);
            side.level.push_back(uint16_t(std::clamp(int(std::lround(pr * kLevels)), 1, kLevels)));
        }
        // The unit's rates, rarest word first, and their running sums: the words that
        // are informative in a span are a prefix of them.
        const size_t first = size_t(side.firstWord.back());
        for (size_t w = first; w < side.level.size(); ++w)
            side.sortedRate.push_back(-levelLogs().stay[side.level[w]]);
        std::sort(side.sortedRate.begin() + long(first), side.sortedRate.end());
        double sum = 0;
        for (size_t w = first; w < side.sortedRate.size(); ++w)
            side.rateSum.push_back(sum += side.sortedRate[w]);
    }
    side.firstWord.push_back(int(side.level.size()));
}

void LexicalModel::prepareMatching()
{
    if (m_wordPostings.start.empty())
        buildWordPostings();
}

void LexicalModel::buildWordPostings()
{
    // Counting sort of the target's (unit, word) occurrences by stem; units come out in order.
    const FlatUnits &f = m_tgt.flat;
    m_wordPostings.start.assign(size_t(m_stemCount) + 1, 0);
    for (int st : f.stems)
        ++m_wordPostings.start[size_t(st) + 1];
    for (size_t k = 1; k < m_wordPostings.start.size(); ++k)
        m_wordPostings.start[k] += m_wordPostings.start[k - 1];
    m_wordPostings.entries.resize(f.stems.size());
    std::vector<int> fill(m_wordPostings.start.begin(), m_wordPostings.start.end() - 1);
    for (int u = 0; u < f.size(); ++u) {
        const int first = f.unitWord[size_t(u)];
        for (int w = first; w < f.unitWord[size_t(u) + 1]; ++w)
            for (int k = f.wordStem[size_t(w)]; k < f.wordStem[size_t(w) + 1]; ++k)
                m_wordPostings.entries[size_t(fill[size_t(f.stems[size_t(k)])]++)] = { u, w - first };
    }
}

double LexicalModel::observedMatchRate(const std::vector<std::pair<int, int>> &pairs, int side) const
{
    // Pairs are independent: two threads take half of them each (each walks its own
    // pairs in order, so a cursor serves it).
    auto count = [this, &pairs, side](size_t from, size_t to, long &informative, long &matched) {
        MatchCursor cursor;
        const SideData &data = side == 0 ? m_src : m_tgt;
        for (size_t k = from; k < to; ++k) {
            const int s = pairs[k].first, t = pairs[k].second, u = side == 0 ? s : t;
            PairMatch m;
            matchRow(s, t, t + 1, &m, &cursor);
            const uint64_t bits = side == 0 ? m.sourceWords : m.targetWords;
            const int words = data.firstWord[size_t(u) + 1] - data.firstWord[size_t(u)];
            informative += words;
            matched += std::popcount(words >= 64 ? bits : bits & ((uint64_t(1) << words) - 1));
        }
    };
    long informative[2] = { 0, 0 }, matched[2] = { 0, 0 };
    const size_t half = pairs.size() / 2;
    inParallel(
        m_parallel, [&] { count(0, half, informative[0], matched[0]); },
        [&] { count(half, pairs.size(), informative[1], matched[1]); });
    const long all = informative[0] + informative[1];
    return all ? double(matched[0] + matched[1]) / double(all) : 0.5;
}

} // namespace bireader
