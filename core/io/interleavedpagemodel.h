#pragma once

// The evidence an interleaved page gives about which neighbours are a paragraph and its
// translation: lengths, words, layout, what looks like chrome. pairInterleaved() decides.
#include "chromemodel.h"
#include "interleavedpairing.h"

#include "align/lengthmodel.h"
#include "align/lexicalmodel.h"
#include "align/tokenizer.h"

#include <array>
#include <memory>
#include <vector>

namespace bireader {

// A pair of neighbours that may be a paragraph and its translation.
struct PairCandidate {
    int piece = 0; // the first of the two; for a same-line pair, the piece itself
    int unit[2] = { 0, 0 }; // the paragraphs' units in each language's features
    bool blank = false; // a blank line between them
    bool sameLine = false; // the two halves of one line
    int firstFamily = 0; // the language that comes first
};

// Evidence the page gives about its pairs, measured again on each round's pairs.
class PageModel
{
public:
    PageModel(const QList<InterleavedPiece> &pieces, const PageLanguages &languages, const Dictionary *dictionary);

    const std::vector<PairCandidate> &candidates() const { return m_candidates; }

    // What pairing the candidate costs, against leaving both paragraphs alone.
    double cost(const PairCandidate &c) const;

    // Lengths and words together (lexical: their log-likelihood ratio): Gale-Church and
    // the words, or a free rendering, whose length is off by a factor and whose words are
    // no evidence against it, less likely where only one paragraph ends as prose does.
    double lengthAndWordsCost(double ls, double lt, double lexical, bool endsAlike) const;

    // For the first and the last pair, which may be chrome next to the article's edge:
    // how much likelier their paragraphs are chrome (a few words, no full stop) than the
    // page's article. A short line next to a short line of the other language is paired
    // there only on other evidence. Nothing until the page's pairs are known.
    double chromeCost(const PairCandidate &c) const;

    // Leaving piece i alone before the first pair or after the last: free for a line of
    // chrome, what an untranslated paragraph costs for one like the page's paragraphs.
    double aloneAtEdgeCost(int piece) const;

    // Leaving piece i alone between the first pair and the last: an untranslated paragraph
    // of the article, or, right after a pair, a line of chrome inside it.
    double aloneInsideCost(int piece, bool afterPair) const;

    // Whether piece i, alone right after a pair, reads as chrome rather than the article's.
    bool readsAsChromeInside(int piece) const;

    // An article's paragraph (a same-line pair's two) left without a translation: what the
    // page's other such paragraphs of its language say (a translation without its original
    // is rarer than an untranslated original).
    double untranslatedCost(int piece) const;

    // A piece is one paragraph, or two on a line (a same-line pair's halves).
    int paragraphsOf(int piece) const { return m_unit[size_t(piece)][1] >= 0 ? 2 : 1; }

    // The next round's model, from the pairs chosen (indices into candidates()).
    void reestimate(const std::vector<int> &chosen);

private:
    double pairLogSize(const PairCandidate &c) const;

    // How likely piece i is the article's, not chrome, by its size and its ending.
    double articleShare(int piece, double priorOdds) const;

    // A paragraph's size, or a same-line pair's (both halves).
    double pieceLogSize(int piece) const;

    // How freely the page translates: a literary page's lengths vary far more than a machine
    // translation's, and its free renderings with them.
    void measureFreeLengths(const std::vector<int> &chosen);

    // How often the page leaves a paragraph of its article untranslated, in each
    // language: the paragraphs alone between its first and its last pair.
    void measureAloneInside(const std::vector<int> &chosen);

    // The article's paragraphs are the chosen pairs; the chrome, the paragraphs alone
    // before the first and after the last.
    void measureChrome(const std::vector<int> &chosen);

    // Layout as log-likelihood ratios: how often the chosen pairs have no blank line
    // between them, against the other neighbours of two languages; which language comes
    // first (a page is usually consistent; it may change once). Counts start at one in two.
    void measureLayout(const std::vector<int> &chosen);

    // The first round: the ratio of the page's totals, the variance from the candidates
    // that fit best, no layout preference.
    void firstEstimates();

    StemInterner m_interner;
    Tokenizer m_tokenizer0, m_tokenizer1;
    UnitFeatures m_features0, m_features1;
    std::vector<std::array<int, 2>> m_unit; // per piece: its unit (and a same-line pair's second)
    std::vector<int> m_family; // per piece
    std::vector<char> m_navigation; // per piece: reads as a menu or a breadcrumb trail
    std::vector<char> m_ends; // per piece: how many of its paragraphs (a same-line pair's two) end as prose does
    std::vector<PairCandidate> m_candidates;
    std::unique_ptr<LexicalModel> m_lexical;
    LengthModel m_length;
    double m_blankCost = 0, m_noBlankCost = 0;
    double m_freeLogSpread = 0;
    double m_aloneInsideCost[2] = { 0, 0 }; // per language
    ChromeModel m_chrome;
    double m_orderCost[2] = { 0, 0 };
};

} // namespace bireader
