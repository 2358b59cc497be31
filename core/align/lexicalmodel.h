#pragma once

#include "beadtypes.h"
#include "tokenizer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <vector>

namespace bireader {

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
// units holding one of its stems, raised for beads spanning k units: 1-(1-pr)^k.
// So common words weigh little, rare words and numbers much, and merging an
// unrelated neighbour into a bead costs what its unmatched words say.
class LexicalModel
{
public:
    static constexpr int kMaxWords = 64;

    // matchProbability <= 0: no weights yet, call setMatchProbability() before scoring.
    LexicalModel(const UnitFeatures &source, const UnitFeatures &target, int stemCount,
                 double matchProbability = 0.5);
    // The same units as `previous`, each source word also standing for the stems
    // `learned` gives its key: the target's postings are taken over instead of rebuilt.
    LexicalModel(LexicalModel &&previous, const UnitFeatures &source,
                 const UnitFeatures &target, int stemCount, const LearnedStems &learned);
    LexicalModel(const LexicalModel &) = delete;
    LexicalModel &operator=(const LexicalModel &) = delete;

    bool hasEvidence() const { return m_hasEvidence; }
    double matchProbability() const { return m_pm; }
    void setMatchProbability(double pm);

    // Builds what matchRow() and observedMatchRate() need (the first pass needs neither).
    void prepareMatching();
    // Where each stem's postings were left by the last row; one per thread.
    struct MatchCursor {
        std::vector<int> position;
    };
    // match(s, t) for t in [lo, hi), into out[t - lo]; after prepareMatching(). Thread-safe. With a cursor, calls
    // must come with lo never decreasing (rows of a band in order).
    void matchRow(int s, int lo, int hi, PairMatch *out, MatchCursor *cursor) const;

    // LLR of words of unit `u` on `side` (0 source, 1 target) when the bead holds
    // k units of the other side and `matched` marks the matched words.
    double score(int side, int u, int k, uint64_t matched) const;
    // score() in two parts, for matches that grow word by word: base(side, u, k) plus the
    // gains of the matched words, which addGains() adds for every k at once into sums[k-1].
    double base(int side, int u, int k) const
    {
        return (side == 0 ? m_src : m_tgt).base[size_t(u)][size_t(std::min(k, int(kMaxBeadSide)) - 1)];
    }
    void addGains(int side, int u, uint64_t words, double *sums) const
    {
        const SideData &d = side == 0 ? m_src : m_tgt;
        const size_t first = size_t(d.firstWord[size_t(u)]);
        while (words) {
            const double *g = m_gain.data() + size_t(d.level[first + size_t(std::countr_zero(words))]) * kMaxBeadSide;
            for (int k = 0; k < kMaxBeadSide; ++k)
                sums[k] += g[k];
            words &= words - 1;
        }
    }

    // Pass-1 helper: adds, for target units t in [lo, hi), the gain of source unit s's
    // words matched in t (k = 1) to gain[t - lo]. Returns the base (all-missed) score.
    // `cursor` (one per thread) remembers where each stem's postings were left: rows that
    // come in order, up or down, walk on from there instead of searching.
    double accumulateRow(int s, int lo, int hi, std::vector<double> &gain, std::vector<int> &stamp,
                         MatchCursor &cursor) const;

    // Share of informative source words matched in the given 1-1 pairs.
    double observedMatchRate(const std::vector<std::pair<int, int>> &pairs) const;

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
        std::vector<std::array<double, kMaxBeadSide>> base; // per unit, per k
    };
    static constexpr int kLevels = 4096;
    static void reserveSide(SideData &side); // on the owning thread, see reserveFlat()
    void buildSide(SideData &side, const SideData &other);
    void finishBuild(const UnitFeatures &source, const UnitFeatures &target,
                     int stemCount, double pm, const LearnedStems *learned = nullptr);
    void computeWeights();

    SideData m_src, m_tgt;
    // Per chance level and k: [level * kMaxBeadSide + k - 1], a hit's gain over a miss.
    std::vector<double> m_gain;
    double m_pm;
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
