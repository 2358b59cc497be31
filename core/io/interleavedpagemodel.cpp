#include "interleavedpagemodel.h"

#include "model/logging.h"

#include "align/associations.h"
#include "align/documentmodel.h"
#include "text/script.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bireader {
namespace {

// Log-odds, before any evidence, that two neighbouring paragraphs of the two languages
// are a paragraph and its translation: on an interleaved page most are.
constexpr double kPairBonus = 3.0;
constexpr double kFreeLengthShare = 0.1;
const double kFreeEndsApart = std::log(0.1); // one of a free rendering's paragraphs ends as prose, the other not
constexpr double kMaxDelta = 5.0; // Gale-Church standard deviations
constexpr double kMaxFactor = 1.61; // log of the factor (5) a free rendering may be off by
// The free renderings' spread of log length ratio: three times the page's own pairs' (by
// their median deviation), at least a factor of 1.42 at one standard deviation, at most 2.
constexpr double kMinFreeLengthLogSpread = 0.35;
constexpr double kMaxFreeLengthLogSpread = 0.7;
constexpr double kFreeLengthWidening = 3.0;
// A paragraph of the article left without a translation: a few in a hundred before the
// page is measured (kAloneInside = -log 0.05); then the page's own share, with the prior
// counting as kAlonePriorParagraphs paragraphs.
constexpr double kAloneInside = 3.0;
constexpr double kAlonePriorParagraphs = 20.0;
// Inside the article a line is the article's nine times in ten before its size and
// ending speak (a short line of dialogue is common there, a caption or a label rare).
const double kInsideArticleOdds = std::log(9.0);
// Quantile of delta^2 the first round's variance is read from: half of the candidates
// may be neighbours of two different pairs, whose deltas are larger.
constexpr double kVarianceQuantile = 0.25;
constexpr double kChiSquareQuantile25 = 0.1015; // 25th percentile of chi-square, one degree of freedom

// Characters of a paragraph that count for its length: all but white space and the
// other language's script (a translation may keep a sentence of its original).
int lengthOf(const QString &text, ScriptFamily other)
{
    int n = 0;
    forEachCodePoint(text, [&](char32_t c) {
        if (!QChar::isSpace(c) && c != 0x3000 && c != 0xA0
            && (other == ScriptFamily::None || scriptFamilyOf(c) != other))
            ++n;
    });
    return n;
}

} // namespace

PageModel::PageModel(const QList<InterleavedPiece> &pieces, const PageLanguages &languages,
                     const Dictionary *dictionary)
    : m_tokenizer0(languages.language[0], dictionary, m_interner)
    , m_tokenizer1(languages.language[1], dictionary, m_interner)
{
    m_freeLogSpread = kMinFreeLengthLogSpread;
    m_aloneInsideCost[0] = m_aloneInsideCost[1] = kAloneInside;
    const ScriptFamily script0 = languages.script[0], script1 = languages.script[1];
    // Units: every paragraph of either language (a same-line pair's halves too).
    auto addUnit = [&](const QString &text, int family) {
        UnitFeatures &f = family == 0 ? m_features0 : m_features1;
        (family == 0 ? m_tokenizer0 : m_tokenizer1).append(text, f);
        f.lengths.back() = lengthOf(text, family == 0 ? script1 : script0);
        return f.units() - 1;
    };
    m_unit.assign(size_t(pieces.size()), { -1, -1 });
    for (const InterleavedPiece &p : pieces) {
        m_family.push_back(p.family);
        m_ends.push_back(char(endsLikeProse(p.text) + (p.isSameLinePair() && endsLikeProse(p.second))));
        m_navigation.push_back(char(readsAsNavigation(p.text)));
    }
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const InterleavedPiece &p = pieces[i];
        if (p.family >= 0)
            m_unit[size_t(i)][0] = addUnit(p.text, p.family);
        if (p.isSameLinePair() && p.secondFamily >= 0 && p.secondFamily != p.family)
            m_unit[size_t(i)][1] = addUnit(p.second, p.secondFamily);
    }
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const InterleavedPiece &p = pieces[i];
        PairCandidate c;
        c.piece = int(i);
        if (p.isSameLinePair()) {
            if (m_unit[size_t(i)][1] < 0 || p.family < 0)
                continue;
            c.sameLine = true;
            c.firstFamily = p.family;
            c.unit[p.family] = m_unit[size_t(i)][0];
            c.unit[p.secondFamily] = m_unit[size_t(i)][1];
        } else if (i + 1 < pieces.size() && !pieces[i + 1].isSameLinePair() && p.family >= 0
                   && pieces[i + 1].family >= 0 && p.family != pieces[i + 1].family) {
            c.unit[p.family] = m_unit[size_t(i)][0];
            c.unit[pieces[i + 1].family] = m_unit[size_t(i) + 1][0];
            c.blank = p.blankAfter;
            c.firstFamily = p.family;
        } else {
            continue;
        }
        m_candidates.push_back(c);
    }
    m_lexical = std::make_unique<LexicalModel>(m_features0, m_features1, m_interner.size(), 0.5);
    m_lexical->prepareMatching();
    firstEstimates();
}

// What pairing the candidate costs, against leaving both paragraphs alone.
double PageModel::cost(const PairCandidate &c) const
{
    const int s = c.unit[0], t = c.unit[1];
    const double ls = m_features0.lengths[size_t(s)], lt = m_features1.lengths[size_t(t)];
    PairMatch match;
    m_lexical->matchRow(s, t, t + 1, &match, nullptr);
    const double lexical = freelyRendered(m_lexical->score(0, s, m_lexical->spanOf(0, lt), match.sourceWords))
        + freelyRendered(m_lexical->score(1, t, m_lexical->spanOf(1, ls), match.targetWords));
    const double layout = (c.sameLine ? 0.0 : c.blank ? m_blankCost : m_noBlankCost) + m_orderCost[c.firstFamily];
    const int ends = c.sameLine ? m_ends[size_t(c.piece)] : m_ends[size_t(c.piece)] + m_ends[size_t(c.piece) + 1];
    const double fit = lengthAndWordsCost(ls, lt, lexical, ends != 1);
    const double cost = fit + layout - kPairBonus;
    qCDebug(lcIo).nospace() << "pairing: piece " << c.piece << (c.sameLine ? " (one line)" : "") << " lengths " << ls
                            << "/" << lt << " lexical " << lexical << " fit " << fit << " layout " << layout
                            << " chrome " << chromeCost(c) << " cost " << cost;
    return cost;
}

// Gale-Church and the words, mixed with a share of free renderings whose length is off
// by a factor (a free literary translation of a long paragraph may be a quarter shorter
// than the page's ratio says, far beyond Gale-Church, whose spread shrinks with length; a
// headline next to the excerpt of its article is off by a factor of ten). A free
// rendering is free in both: its words are no evidence against it, only for it. It is
// still a sentence's rendering: one paragraph ending as prose does and the other not
// (an untranslated last paragraph next to a footer line) makes it a tenth as likely.
double PageModel::lengthAndWordsCost(double ls, double lt, double lexical, bool endsAlike) const
{
    const double d = std::fabs(m_length.delta(ls, lt));
    const double factor = std::fabs(std::log((lt / m_length.ratio() + 1) / (ls + 1)));
    // Beyond both, no pair whatever words they share: a related post's headline and
    // the excerpt of its article, bilingual or not.
    if (d > kMaxDelta && factor > kMaxFactor)
        return std::numeric_limits<double>::infinity();
    const double close = std::log(1 - kFreeLengthShare) - twoTailCost(d) + lexical;
    const double free = std::log(kFreeLengthShare) + (endsAlike ? 0.0 : kFreeEndsApart)
        - twoTailCost(factor / m_freeLogSpread) + std::max(0.0, lexical);
    const double top = std::max(close, free);
    return -(top + std::log(std::exp(close - top) + std::exp(free - top)));
}

// For the first and the last pair, which may be chrome next to the article's edge:
// how much likelier their paragraphs are chrome (a few words, no full stop) than the
// page's article. A short line next to a short line of the other language is paired
// there only on other evidence. Nothing until the page's pairs are known.
double PageModel::chromeCost(const PairCandidate &c) const
{
    if (c.sameLine)
        return 0;
    if (m_navigation[size_t(c.piece)] || m_navigation[size_t(c.piece) + 1])
        return std::numeric_limits<double>::infinity(); // a menu or a breadcrumb trail is never the article's
    const double odds = m_chrome.articleOdds(pairLogSize(c), m_ends[size_t(c.piece)] + m_ends[size_t(c.piece) + 1], 2);
    return std::max(0.0, -odds);
}

// Leaving piece i alone before the first pair or after the last: free for a line of
// chrome, what an untranslated paragraph costs for one like the page's paragraphs.
double PageModel::aloneAtEdgeCost(int piece) const
{
    if (!m_chrome.measured() || m_unit[size_t(piece)][0] < 0)
        return 0;
    return untranslatedCost(piece) * articleShare(piece, 0.0);
}

// Leaving piece i alone between the first pair and the last: an untranslated paragraph
// of its language, or, right after a pair, a line of chrome inside the article (an
// advertisement's label, a caption, "Read more"), which needs no translation. Lines alone
// after lines alone are the article's (a run of related posts' headlines and excerpts
// between two pairs is no caption).
double PageModel::aloneInsideCost(int piece, bool afterPair) const
{
    if (!afterPair || !m_chrome.measured() || m_unit[size_t(piece)][0] < 0)
        return untranslatedCost(piece);
    return untranslatedCost(piece) * articleShare(piece, kInsideArticleOdds);
}

// Whether piece i, alone right after a pair, reads as chrome rather than the article's.
bool PageModel::readsAsChromeInside(int piece) const
{
    return m_chrome.measured() && m_unit[size_t(piece)][0] >= 0 && articleShare(piece, kInsideArticleOdds) < 0.5;
}

// How likely piece i is the article's, not chrome, by its size and its ending.
double PageModel::articleShare(int piece, double priorOdds) const
{
    const double odds
        = priorOdds + m_chrome.articleOdds(pieceLogSize(piece), m_ends[size_t(piece)], paragraphsOf(piece));
    qCDebug(lcIo).nospace() << "pairing: piece " << piece << " alone: article odds " << odds;
    return 1 / (1 + std::exp(-odds));
}

// The next round's model, from the pairs chosen (indices into candidates()).
void PageModel::reestimate(const std::vector<int> &chosen)
{
    std::vector<std::pair<int, int>> pairs;
    std::vector<std::pair<double, double>> lengths;
    for (int k : chosen) {
        const PairCandidate &c = m_candidates[size_t(k)];
        pairs.emplace_back(c.unit[0], c.unit[1]);
        lengths.emplace_back(m_features0.lengths[size_t(c.unit[0])], m_features1.lengths[size_t(c.unit[1])]);
    }
    m_length = lengthModelOf(lengths, m_length);
    measureChrome(chosen);
    measureFreeLengths(chosen);
    measureAloneInside(chosen);
    const auto learned = learnAssociations(m_features0, m_features1, pairs, m_interner.size());
    if (!learned.empty()) {
        m_lexical = std::make_unique<LexicalModel>(std::move(*m_lexical), m_features0, m_features1, m_interner.size(),
                                                   learned);
        m_lexical->prepareMatching();
    }
    if (!pairs.empty()) // each language's own: glosses find one side's words more often
        for (int side = 0; side < 2; ++side)
            m_lexical->setMatchProbability(side, std::clamp(m_lexical->observedMatchRate(pairs, side), 0.2, 0.9));
    measureLayout(chosen);
}

double PageModel::pairLogSize(const PairCandidate &c) const
{
    return std::log(std::max(
        1.0, m_features0.lengths[size_t(c.unit[0])] + m_features1.lengths[size_t(c.unit[1])] / m_length.ratio()));
}

// A paragraph's size, or a same-line pair's (both halves).
double PageModel::pieceLogSize(int piece) const
{
    const auto &unit = m_unit[size_t(piece)];
    const int family = m_family[size_t(piece)];
    auto length = [&](int u, int f) {
        return f == 0 ? m_features0.lengths[size_t(u)] : m_features1.lengths[size_t(u)] / m_length.ratio();
    };
    return std::log(std::max(1.0, length(unit[0], family) + (unit[1] >= 0 ? length(unit[1], 1 - family) : 0)));
}

// How freely the page translates: a literary page's lengths vary far more than a machine
// translation's, and its free renderings with them.
void PageModel::measureFreeLengths(const std::vector<int> &chosen)
{
    std::vector<double> logRatios;
    for (int k : chosen) {
        const PairCandidate &c = m_candidates[size_t(k)];
        logRatios.push_back(std::log((m_features1.lengths[size_t(c.unit[1])] / m_length.ratio() + 1)
                                     / (m_features0.lengths[size_t(c.unit[0])] + 1)));
    }
    if (logRatios.size() < 5)
        return;
    const double centre = medianOf(logRatios);
    for (double &x : logRatios)
        x = std::fabs(x - centre);
    m_freeLogSpread = std::clamp(kFreeLengthWidening * 1.4826 * medianOf(logRatios), kMinFreeLengthLogSpread,
                                 kMaxFreeLengthLogSpread);
}

// An article's paragraph (or a same-line pair's two) left without a translation: its
// languages' costs (a line without either script, the cheaper).
double PageModel::untranslatedCost(int piece) const
{
    const int family = m_family[size_t(piece)];
    if (family < 0)
        return std::min(m_aloneInsideCost[0], m_aloneInsideCost[1]);
    return m_aloneInsideCost[family] + (m_unit[size_t(piece)][1] >= 0 ? m_aloneInsideCost[1 - family] : 0);
}

// How often the page leaves a paragraph of its article untranslated, in each language:
// the paragraphs alone between its first and its last pair, against those paired. It is
// the original's paragraphs that go untranslated; a translation whose original is missing
// is rarer still, so each language has half the prior's paragraphs.
void PageModel::measureAloneInside(const std::vector<int> &chosen)
{
    if (chosen.empty())
        return;
    const double paired = double(chosen.size()); // in each language
    const PairCandidate &first = m_candidates[size_t(chosen.front())], &last = m_candidates[size_t(chosen.back())];
    const int from = first.piece, to = last.piece + (last.sameLine ? 1 : 2);
    double inside[2] = { 0, 0 }; // paragraphs from the first pair to the last
    for (int i = from; i < to; ++i) {
        const int family = m_family[size_t(i)];
        if (family < 0 || m_unit[size_t(i)][0] < 0)
            continue;
        inside[family] += 1;
        if (m_unit[size_t(i)][1] >= 0)
            inside[1 - family] += 1;
    }
    // Each alone paragraph is priced by the others (left out of its own count): a pair
    // missed in the last round does not make itself cheaper.
    const double prior = kAlonePriorParagraphs / 2;
    for (int f = 0; f < 2; ++f) {
        const double alone = std::max(0.0, inside[f] - paired), self = std::min(1.0, alone);
        m_aloneInsideCost[f] = -std::log((alone - self + prior * std::exp(-kAloneInside)) / (inside[f] - self + prior));
    }
}

// The article's paragraphs are the chosen pairs; the chrome, the paragraphs alone
// before the first and after the last.
void PageModel::measureChrome(const std::vector<int> &chosen)
{
    ChromeModel::Sample sample;
    for (int k : chosen) {
        const PairCandidate &c = m_candidates[size_t(k)];
        if (c.sameLine)
            continue;
        sample.pairSizes.push_back(pairLogSize(c));
        sample.pairEnds += m_ends[size_t(c.piece)] + m_ends[size_t(c.piece) + 1];
        sample.pairParagraphs += 2;
    }
    const int pieces = int(m_unit.size());
    const int first = chosen.empty() ? pieces : m_candidates[size_t(chosen.front())].piece;
    const PairCandidate *last = chosen.empty() ? nullptr : &m_candidates[size_t(chosen.back())];
    const int afterLast = last ? last->piece + (last->sameLine ? 1 : 2) : pieces;
    for (int i = 0; i < pieces; ++i)
        if ((i < first || i >= afterLast) && m_unit[size_t(i)][0] >= 0 && m_unit[size_t(i)][1] < 0) {
            sample.edgeEnds += m_ends[size_t(i)];
            ++sample.edgeParagraphs;
        }
    m_chrome.measure(sample);
}

// Layout as log-likelihood ratios: how often the chosen pairs have no blank line
// between them, against the other neighbours of two languages; which language comes
// first (a page is usually consistent; it may change once). Counts start at one in two.
void PageModel::measureLayout(const std::vector<int> &chosen)
{
    std::vector<char> isChosen(m_candidates.size(), 0);
    double first[2] = { 1, 1 };
    for (int k : chosen) {
        isChosen[size_t(k)] = 1;
        first[m_candidates[size_t(k)].firstFamily] += 1;
    }
    for (int f = 0; f < 2; ++f)
        m_orderCost[f] = -std::log(first[f] / (first[0] + first[1]) / 0.5);
    double together = 1, pairsSeen = 2, apart = 1, othersSeen = 2;
    for (size_t k = 0; k < m_candidates.size(); ++k) {
        const PairCandidate &c = m_candidates[k];
        if (c.sameLine)
            continue;
        (isChosen[k] ? together : apart) += c.blank ? 0 : 1;
        (isChosen[k] ? pairsSeen : othersSeen) += 1;
    }
    const double a = together / pairsSeen, r = apart / othersSeen;
    m_noBlankCost = m_blankCost = 0;
    if (a > r) {
        m_noBlankCost = -std::log(a / r);
        m_blankCost = -std::log((1 - a) / (1 - r));
    }
}

// The first round: the ratio of the page's totals, the variance from the candidates
// that fit best, no layout preference.
void PageModel::firstEstimates()
{
    double total0 = 0, total1 = 0;
    for (int l : m_features0.lengths)
        total0 += l;
    for (int l : m_features1.lengths)
        total1 += l;
    const double ratio = total0 > 0 && total1 > 0 ? total1 / total0 : 1.0;
    std::vector<double> d2;
    const LengthModel unit(ratio, 1.0);
    for (const PairCandidate &c : m_candidates) {
        const double d = unit.delta(m_features0.lengths[size_t(c.unit[0])], m_features1.lengths[size_t(c.unit[1])]);
        d2.push_back(d * d);
    }
    // Few candidates measure little: shrunk towards the prior (about half the
    // candidates are pairs).
    double variance = shrunkVariance(0, 0);
    if (d2.size() >= 4) {
        const size_t at = size_t(double(d2.size()) * kVarianceQuantile);
        std::nth_element(d2.begin(), d2.begin() + long(at), d2.end());
        variance = shrunkVariance(std::max(0.5, d2[at] / kChiSquareQuantile25), double(d2.size()) / 2);
    }
    m_length = LengthModel(ratio, variance);
}

} // namespace bireader
