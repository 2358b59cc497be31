#pragma once

#include "beadtypes.h"
#include "tokenizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <vector>

namespace bireader {

// A unit of a true bead is sometimes rendered freely, with no word in common with its
// original: its lexical evidence is a mixture's, log((1 - e) exp(x) + e) for the LLR x
// and e = 3%, so that no unit weighs more than log e against the bead it belongs to.
double freelyRendered(double llr);

// Source key -> target stems learned for it (learnAssociations).
using LearnedStems = std::vector<std::vector<int>>;

// Which words of a source unit occur in a target unit and vice versa (first 64 words).
struct PairMatch {
    uint64_t sourceWords = 0;
    uint64_t targetWords = 0;
};

// Lexical evidence as a log-likelihood ratio. A word of one side is "matched" in a
// bead when one of its stems occurs on the other side. In a true bead that happens
// with probability pm; by chance with probability pr, the share of the other side's
// units holding one of its stems. The bead's other side spans k units of the average
// length: a random match is likelier in more text, 1-(1-pr)^k, with k measured in
// length, not in units (a short sentence added to a bead adds little room for chance).
// So common words weigh little, rare words and numbers much, and merging an
// unrelated neighbour into a bead costs what its unmatched words say.
class LexicalModel
{
public:
    static constexpr int kMaxWords = 64;
    // The other side's extent in average units, in steps of 1/kSpanSteps up to kMaxSpan.
    static constexpr int kSpanSteps = 8;
    static constexpr int kMaxSpan = 8;

    // matchProbability <= 0: no weights yet, call setMatchProbability() before scoring.
    LexicalModel(const UnitFeatures &source, const UnitFeatures &target, int stemCount, double matchProbability = 0.5);
    // The same units as `previous`, each source word also standing for the stems
    // `learned` gives its key: the target's postings are taken over instead of rebuilt.
    LexicalModel(LexicalModel &&previous, const UnitFeatures &source, const UnitFeatures &target, int stemCount,
                 const LearnedStems &learned);
    LexicalModel(const LexicalModel &) = delete;
    LexicalModel &operator=(const LexicalModel &) = delete;

    bool hasEvidence() const { return m_hasEvidence; }
    double matchProbability(int side = 0) const { return m_pm[side]; }
    // pm of both sides, or of one: the two languages' words need not be matched as often
    // (a gloss finds the English of most Chinese words; many English words have no
    // Chinese word in the dictionary).
    void setMatchProbability(double pm);
    void setMatchProbability(int side, double pm);

    // Builds what matchRow() and observedMatchRate() need (the first pass needs neither).
    void prepareMatching();
    // Where each stem's postings were left by the last row; one per thread.
    struct MatchCursor {
        std::vector<int> position;
    };
    // match(s, t) for t in [lo, hi), into out[t - lo]; after prepareMatching(). Thread-safe. With a cursor, calls
    // must come with lo never decreasing (rows of a band in order).
    void matchRow(int s, int lo, int hi, PairMatch *out, MatchCursor *cursor) const;

    // LLR of the words of unit `u` on `side` (0 source, 1 target) when the bead's other
    // side spans `span` units of average length and `matched` marks the matched words.
    double score(int side, int u, double span, uint64_t matched) const;
    // The most score() can give unit u with its words matched no more than `reach` and
    // a span of at least minSpan and at most maxSpan: a hit gains less in a larger span,
    // a miss costs less.
    double bound(int side, int u, double minSpan, double maxSpan, uint64_t reach) const;
    // The span of `length` characters of the other side of unit u's side.
    double spanOf(int side, double length) const { return length / m_meanLength[1 - side]; }
    int wordCount(int side, int u) const
    {
        const SideData &d = side == 0 ? m_src : m_tgt;
        return d.firstWord[size_t(u) + 1] - d.firstWord[size_t(u)];
    }

    // Pass-1 helper: adds, for target units t in [lo, hi), the gain of source unit s's
    // words matched in t (k = 1) to gain[t - lo]. Returns the base (all-missed) score.
    // `cursor` (one per thread) remembers where each stem's postings were left: rows that
    // come in order, up or down, walk on from there instead of searching.
    double accumulateRow(int s, int lo, int hi, std::vector<double> &gain, std::vector<int> &stamp,
                         MatchCursor &cursor) const;

    // Share of informative words of one side (source by default) matched in the given
    // 1-1 pairs.
    double observedMatchRate(const std::vector<std::pair<int, int>> &pairs, int side = 0) const;

private:
    // One side's units in flat arrays: unit u's words are [unitWord[u], unitWord[u+1]),
    // word w's stems are stems[wordStem[w] .. wordStem[w+1]). Only stems the other side
    // has are kept: no other stem can ever match. Words left with none are dropped, so
    // "word w" below means the w-th matchable word of a unit.
    struct FlatUnits {
        std::vector<int> unitWord { 0 }, wordStem { 0 }, stems;
        int size() const { return int(unitWord.size()) - 1; }
        int cappedWords(int u) const { return std::min(unitWord[size_t(u) + 1] - unitWord[size_t(u)], kMaxWords); }
    };
    // Stem -> sorted units holding it, as compressed rows (the source side keeps the
    // counts only: no search walks its units).
    struct Postings {
        std::vector<int> start, units;
        int count(int stem) const { return start[size_t(stem) + 1] - start[size_t(stem)]; }
    };
    struct SideData {
        FlatUnits flat;
        Postings postings;
        std::vector<uint16_t> level; // per scored word (flat): chance of a random match, in kLevels steps
        std::vector<int> firstWord; // unit -> index of its first word in level
        std::vector<double> sortedRate, rateSum; // per unit (firstWord), -log(1 - pr) ascending, running sums
    };
    static constexpr int kLevels = 4096;
    static void reserveSide(SideData &side); // on the owning thread, see reserveFlat()
    void buildSide(SideData &side, const SideData &other);
    void finishBuild(const UnitFeatures &source, const UnitFeatures &target, int stemCount, double pm,
                     const LearnedStems *learned = nullptr);
    void computeWeights();

    SideData m_src, m_tgt;
    // Per chance level: log(1 - pr), and the LLR of a hit and of a miss in a span of one
    // average unit (the first pass prices every pair so).
    struct LevelLogs {
        std::vector<double> stay; // log(1 - pr)
        std::vector<double> logRate; // log(-log(1 - pr))
    };
    static const LevelLogs &levelLogs();
    std::vector<double> m_hit1, m_miss1;
    double m_logPm[2] = { 0, 0 }, m_logMiss[2] = { 0, 0 }; // per side: log pm, log(1 - pm)
    double m_meanLength[2] = { 1, 1 };
    double m_pm[2];
    bool m_hasEvidence = false;
    static constexpr size_t kParallelUnits = 2000; // smaller documents: one thread is faster
    bool m_parallel = false;
    int m_stemCount = 0;
    // Target stem -> the (unit, word) places holding it, units in order.
    struct WordPosting {
        int unit;
        int word; // index among the unit's matchable words
    };
    struct {
        std::vector<int> start;
        std::vector<WordPosting> entries;
    } m_wordPostings;
    void buildWordPostings();
};

} // namespace bireader
