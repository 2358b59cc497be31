#include "aligner.h"

#include "associations.h"
#include "documentmodel.h"
#include "firstpass.h"
#include "lengthmodel.h"
#include "lexicalmodel.h"
#include "model/logging.h"
#include "names.h"
#include "secondpass.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <thread>

namespace bireader {
namespace {

constexpr int kSecondPassRadius = 4;
constexpr int kMaxFirstPassRounds = 3;
// Bead searches in all: the first, then rounds that re-estimate the document's length
// model, bead priors and boundary costs on the last one's beads, each closer to the
// last one's path. (Measured on literary text: the third search gains, a fourth does
// not; the later rounds move few beads, and no further than these radii.)
constexpr int kBeadSearchRounds = 3;
constexpr int kLaterRoundRadius[kBeadSearchRounds - 1] = { 2, 1 };

// Ratio and variance of the length model measured on 1-1 beads.
LengthModel refineLengthModel(const LengthModel &current, const std::vector<std::pair<int, int>> &pairs,
                              const std::vector<int> &ls, const std::vector<int> &lt)
{
    std::vector<std::pair<double, double>> lengths;
    lengths.reserve(pairs.size());
    for (const auto &[s, t] : pairs)
        lengths.emplace_back(ls[size_t(s)], lt[size_t(t)]);
    return lengthModelOf(lengths, current);
}

Alignment trivialAlignment(int n, int m)
{
    Alignment a;
    for (int i = 0; i < n; ++i)
        a.append({ i, 1, 0, 0, 0.0 });
    for (int j = 0; j < m; ++j)
        a.append({ n, 0, j, 1, 0.0 });
    return a;
}

} // namespace

Aligner::Aligner(const QString &sourceLanguage, const QString &targetLanguage, const Dictionary *dictionary)
    : m_interner(std::make_unique<StemInterner>())
    , m_source(std::make_unique<Tokenizer>(sourceLanguage, dictionary, *m_interner))
    , m_target(std::make_unique<Tokenizer>(targetLanguage, dictionary, *m_interner))
    , m_pinyin(dictionary && !dictionary->isEmpty() ? std::make_unique<PinyinTable>(dictionary) : nullptr)
{
}

Aligner::~Aligner() = default;

Alignment Aligner::align(const QStringList &source, const QStringList &target, AlignStats *stats)
{
    return align(source, target, AlignConstraints {}, stats);
}

Alignment Aligner::align(const QStringList &source, const QStringList &target, const AlignConstraints &constraints,
                         AlignStats *stats)
{
    const int n = int(source.size()), m = int(target.size());
    if (n == 0 || m == 0)
        return trivialAlignment(n, m);

    QElapsedTimer timer;
    timer.start();
    AlignStats local;
    AlignStats &st = stats ? *stats : local;
    auto lap = [&timer](double &ms) {
        ms = timer.nsecsElapsed() / 1e6;
        timer.restart();
    };
    UnitFeatures sf, tf;
    // The two sides are independent: tokenize the source on a second thread.
    // Both sides' arrays are reserved here, once, on the thread that owns them.
    m_source->reserve(source, sf);
    m_target->reserve(target, tf);
    // Names: Chinese spans whose pinyin is a capitalised word of the other side. The
    // dictionary gives the readings; without one there are no cheap readings to compare.
    // The other side's thread looks for them as soon as it has its capitalised words,
    // while the Chinese side may still be tokenized.
    const bool namesInSource = m_pinyin && m_source->isChinese();
    const bool namesInTarget = m_pinyin && !namesInSource && m_target->isChinese();
    std::vector<NameHit> names;
    auto tokenize = [this, &names](Tokenizer &tok, const QStringList &units, UnitFeatures &f, bool findNamesAfter,
                                   const QStringList &chineseTexts) {
        for (const QString &u : units)
            tok.append(u, f);
        if (findNamesAfter && !tok.nameCandidates().isEmpty())
            names = findNames(chineseTexts, tok.nameCandidates(), *m_pinyin, *m_interner);
    };
    if (n + m >= 2000) {
        std::thread sourceThread(tokenize, std::ref(*m_source), std::cref(source), std::ref(sf), namesInTarget,
                                 std::cref(target));
        tokenize(*m_target, target, tf, namesInSource, source);
        sourceThread.join();
    } else {
        tokenize(*m_source, source, sf, namesInTarget, target);
        tokenize(*m_target, target, tf, namesInSource, source);
    }
    const std::vector<int> &ls = sf.lengths, &lt = tf.lengths;
    addNameStems(namesInSource ? sf : tf, names);
    lap(st.tokenizeMs);
    LengthModel length(LengthModel::estimateRatio(ls, lt));
    auto lexical = std::make_unique<LexicalModel>(sf, tf, m_interner->size());
    // The ratio of the totals is thrown off by unmatched material (a footer, a preface);
    // re-estimate on the first pass's 1-1 beads and run it again while that moves it.
    FirstPassResult first;
    long long firstCells = 0;
    for (int round = 0; round < kMaxFirstPassRounds; ++round) {
        first = firstPass(ls, lt, length, *lexical, m_isCanceled, first.path);
        firstCells += first.cells;
        if (first.canceled)
            return {};
        const LengthModel refined = refineLengthModel(length, first.pairs, ls, lt);
        const bool stable = std::fabs(std::log(refined.ratio() / length.ratio())) < 0.1;
        length = refined;
        st.firstPassRounds = round + 1;
        if (stable)
            break;
    }
    lap(st.firstPassMs);
    // Learn the document's own translation table from the first pass.
    const auto learned = learnAssociations(sf, tf, first.pairs, m_interner->size());
    st.learnedAssociations
        = int(std::count_if(learned.begin(), learned.end(), [](const auto &v) { return !v.empty(); }));
    if (!learned.empty()) // weights below
        lexical = std::make_unique<LexicalModel>(std::move(*lexical), sf, tf, m_interner->size(), learned);

    // Re-estimate the match probability on the first pass's 1-1 beads.
    lexical->prepareMatching();
    lexical->setMatchProbability(std::clamp(lexical->observedMatchRate(first.pairs), 0.2, 0.9));
    // The model holds all the bead search needs: free the features for it to reuse.
    const std::vector<int> sourceLengths = std::move(sf.lengths), targetLengths = std::move(tf.lengths);
    sf = {};
    tf = {};
    lap(st.learnMs);
    SearchCosts costs;
    if (!m_untranslatedEdges)
        costs.edgeNull = std::numeric_limits<double>::infinity(); // null beads cost their prior everywhere
    const std::vector<Stretch> stretches = stretchesOf(constraints, n, m);
    BeadSearchResult second = searchStretches(stretches, first.path, kSecondPassRadius, sourceLengths, targetLengths,
                                              length, *lexical, costs, m_isCanceled);
    if (second.canceled)
        return {};
    long long secondCells = second.cells;
    for (int round = 1; round < kBeadSearchRounds; ++round) {
        std::vector<std::pair<int, int>> path { { 0, 0 } };
        for (const Bead &b : second.beads)
            path.emplace_back(b.sourceEnd(), b.targetEnd());
        length = lengthModelOf(second.beads, sourceLengths, targetLengths, length);
        costs.priors = priorsOf(second.beads);
        costs.boundaries = estimateBoundaryCosts(source, target, second.beads);
        second = searchStretches(stretches, path, kLaterRoundRadius[round - 1], sourceLengths, targetLengths, length,
                                 *lexical, costs, m_isCanceled);
        if (second.canceled)
            return {};
        secondCells += second.cells;
    }
    lap(st.secondPassMs);
    st.lengthRatio = length.ratio();
    st.lengthVariance = length.variance();
    st.matchProbability = lexical->matchProbability();
    st.firstPassHalfWidth = first.halfWidth;
    st.cells = firstCells + secondCells;
    st.lexicalEvidence = lexical->hasEvidence();
    qCDebug(lcAlign).nospace() << n << "x" << m << " units, " << second.beads.size() << " beads: ratio "
                               << st.lengthRatio << ", lexical " << st.lexicalEvidence << ", " << st.learnedAssociations
                               << " learned associations; ms tokenize " << st.tokenizeMs << ", first pass "
                               << st.firstPassMs << ", learn " << st.learnMs << ", second pass " << st.secondPassMs;
    return second.beads;
}

} // namespace bireader
