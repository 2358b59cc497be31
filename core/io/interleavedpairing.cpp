#include "interleavedpagemodel.h"

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

namespace bireader {
namespace {

constexpr int kRounds = 3;
// A pair whose paragraphs look like chrome by more than this (log-odds) does not open the article.
constexpr double kChromeLike = 1.0;

// The pairs that cost least in all, no paragraph in two: over the candidates in page
// order. A paragraph left alone between pairs (an untranslated paragraph of the article)
// costs what the page's share of those in its language says, less if it looks like chrome
// and follows a pair (a caption; a run of lines alone is no such thing); before the first pair or
// after the last (chrome, a footer, comments) it costs nothing if it looks like chrome,
// up to that if it looks like the page's paragraphs. The first and the last pair pay for
// looking like chrome.
std::vector<int> bestPairs(const PageModel &model, int pieces, std::vector<int> *chromeInside = nullptr)
{
    const std::vector<PairCandidate> &candidates = model.candidates();
    constexpr double inf = std::numeric_limits<double>::infinity();
    // Lead: pairs seen, all of them chrome-like (a menu line paired with a headline): the pairs
    // that follow still pay for looking like chrome until one of the article's. Inside: the
    // last piece was a pair's; Gap: inside, after a piece alone.
    enum State { Before, Lead, Inside, Gap, After, States };
    struct Step {
        double cost = inf;
        int state = -1; // the state before
        int candidate = -1; // the pair that ends here, or -1: a piece alone
    };
    // best[i][s]: the least cost of pieces [0, i) ending in state s.
    std::vector<std::array<Step, States>> best(size_t(pieces) + 1);
    best[0][Before].cost = 0;
    auto relax = [&](int at, int state, double cost, int fromState, int candidate) {
        Step &step = best[size_t(at)][size_t(state)];
        if (cost < step.cost)
            step = { cost, fromState, candidate };
    };
    size_t next = 0;
    for (int i = 0; i < pieces; ++i) {
        const auto &here = best[size_t(i)];
        const double edge = model.aloneAtEdgeCost(i);
        relax(i + 1, Before, here[Before].cost + edge, Before, -1);
        relax(i + 1, Lead, here[Lead].cost + edge, Lead, -1);
        relax(i + 1, Gap, here[Inside].cost + model.aloneInsideCost(i, true), Inside, -1);
        relax(i + 1, Gap, here[Gap].cost + model.aloneInsideCost(i, false), Gap, -1);
        relax(i + 1, After, here[After].cost + edge, After, -1);
        for (; next < candidates.size() && candidates[next].piece == i; ++next) {
            const PairCandidate &c = candidates[next];
            const int end = i + (c.sameLine ? 1 : 2);
            const double cost = model.cost(c), chrome = model.chromeCost(c), atEdge = cost + chrome;
            const int onward = chrome > kChromeLike ? Lead : Inside;
            for (const int from : { Before, Lead }) {
                relax(end, onward, here[from].cost + atEdge, from, int(next)); // the first pairs
                relax(end, After, here[from].cost + atEdge, from, int(next)); // the last pair (and first)
            }
            for (const int from : { Inside, Gap }) {
                relax(end, Inside, here[from].cost + cost, from, int(next));
                relax(end, After, here[from].cost + atEdge, from, int(next));
            }
        }
    }
    // The page ends before its first pair (none), among chrome-like pairs, or after its last.
    int state = Before;
    for (const int s : { Lead, After })
        if (best[size_t(pieces)][size_t(s)].cost < best[size_t(pieces)][size_t(state)].cost)
            state = s;
    std::vector<int> chosen;
    for (int i = pieces; i > 0;) {
        const Step &step = best[size_t(i)][size_t(state)];
        if (step.candidate < 0) {
            --i;
            if (chromeInside && state == Gap && step.state == Inside && model.readsAsChromeInside(i))
                chromeInside->push_back(i);
        } else {
            chosen.push_back(step.candidate);
            i = candidates[size_t(step.candidate)].piece;
        }
        state = step.state;
    }
    std::reverse(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace

InterleavedPairs pairInterleaved(const QList<InterleavedPiece> &pieces, const PageLanguages &languages,
                                 const Dictionary *dictionary)
{
    InterleavedPairs out;
    out.pairing = QList<Pairing>(pieces.size(), Pairing::Alone);
    if (pieces.isEmpty())
        return out;
    PageModel model(pieces, languages, dictionary);
    std::vector<int> chosen, chromeInside;
    for (int round = 0; round < kRounds; ++round) {
        if (round > 0)
            model.reestimate(chosen);
        chromeInside.clear();
        chosen = bestPairs(model, int(pieces.size()), &chromeInside);
    }
    for (int piece : chromeInside)
        out.pairing[piece] = Pairing::ChromeInside;
    int first[2] = { 0, 0 };
    for (int k : chosen) {
        const PairCandidate &c = model.candidates()[size_t(k)];
        out.pairing[c.piece] = c.sameLine ? Pairing::SameLine : Pairing::WithNext;
        ++first[std::max(0, pieces[c.piece].family)];
    }
    out.firstFamily = first[1] > first[0] ? 1 : 0;
    return out;
}

} // namespace bireader
