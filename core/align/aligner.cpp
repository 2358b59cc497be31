#include "aligner.h"

#include "beadsearch.h"
#include "firstpass.h"
#include "lengthmodel.h"
#include "lexicalmodel.h"

#include <algorithm>

namespace bireader {
namespace {

constexpr int kSecondPassRadius = 8;

Alignment trivialAlignment(int n, int m)
{
    Alignment a;
    for (int i = 0; i < n; ++i)
        a.append({i, 1, 0, 0, 0.0});
    for (int j = 0; j < m; ++j)
        a.append({n, 0, j, 1, 0.0});
    return a;
}

} // namespace

Aligner::Aligner(const QString &sourceLanguage, const QString &targetLanguage, const Dictionary *dictionary)
    : m_lexicon(std::make_unique<Lexicon>())
    , m_source(std::make_unique<Tokenizer>(sourceLanguage, dictionary, *m_lexicon))
    , m_target(std::make_unique<Tokenizer>(targetLanguage, dictionary, *m_lexicon))
{
}

Aligner::~Aligner() = default;

Alignment Aligner::align(const QStringList &source, const QStringList &target, AlignStats *stats)
{
    const int n = int(source.size()), m = int(target.size());
    if (n == 0 || m == 0)
        return trivialAlignment(n, m);

    std::vector<UnitFeatures> sf, tf;
    std::vector<int> ls, lt;
    sf.reserve(size_t(n));
    tf.reserve(size_t(m));
    for (const QString &s : source) {
        sf.push_back(m_source->features(s));
        ls.push_back(sf.back().length);
    }
    for (const QString &t : target) {
        tf.push_back(m_target->features(t));
        lt.push_back(tf.back().length);
    }

    LengthModel length(LengthModel::estimateRatio(ls, lt));
    LexicalModel lexical(sf, tf, m_lexicon->size());
    const FirstPassResult first = firstPass(ls, lt, length, lexical, m_isCanceled);
    if (first.canceled)
        return {};

    // Re-estimate the length model and the match probability on the first pass's 1-1 beads.
    std::vector<std::pair<double, double>> lengths;
    double sumS = 0, sumT = 0;
    for (const auto &[s, t] : first.pairs) {
        lengths.emplace_back(ls[size_t(s)], lt[size_t(t)]);
        sumS += ls[size_t(s)];
        sumT += lt[size_t(t)];
    }
    const double ratio = (sumS > 0 && sumT > 0 && first.pairs.size() >= 8) ? sumT / sumS : length.ratio();
    length = LengthModel(ratio, LengthModel::estimateVariance(ratio, lengths));
    lexical.setMatchProbability(std::clamp(lexical.observedMatchRate(first.pairs), 0.2, 0.9));

    const Band band = Band::around(first.path, n, m, kSecondPassRadius);
    const BeadSearchResult second = beadSearch(band, ls, lt, length, lexical, m_isCanceled);
    if (second.canceled)
        return {};
    if (stats) {
        stats->lengthRatio = length.ratio();
        stats->lengthVariance = length.variance();
        stats->matchProbability = lexical.matchProbability();
        stats->firstPassHalfWidth = first.halfWidth;
        stats->cells = first.cells + second.cells;
        stats->lexicalEvidence = lexical.hasEvidence();
    }
    return second.beads;
}

} // namespace bireader
