#pragma once

#include "constraints.h"
#include "glossary/dictionary.h"
#include "glossary/pinyintable.h"
#include "model/bead.h"
#include "tokenizer.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace bireader {

// Figures about one alignment run, for benchmarks and diagnostics.
struct AlignStats {
    double lengthRatio = 0;
    double lengthVariance = 0;
    double matchProbability = 0;
    int firstPassHalfWidth = 0;
    long long cells = 0;
    int firstPassRounds = 0;
    int learnedAssociations = 0; // source words that gained stems from the document itself
    bool lexicalEvidence = false;
    // Wall time of each phase, milliseconds.
    double tokenizeMs = 0, firstPassMs = 0, learnMs = 0, secondPassMs = 0;
};

// Sentence (or paragraph) aligner for one language pair: dynamic programming over the
// 19 bead types of kBeadTypes (1-0 and 0-1 up to 1-6 and 6-1, beadtypes.h) with a
// Gale-Church length model estimated from the document pair, bead priors and lexical
// evidence (dictionary glosses, numbers, names, shared Latin tokens, associations learned
// from the document). Near-linear: a banded first pass, then the full search around its
// path.
class Aligner
{
public:
    Aligner(const QString &sourceLanguage, const QString &targetLanguage, const Dictionary *dictionary = nullptr);
    ~Aligner();

    void setCancelCheck(std::function<bool()> isCanceled) { m_isCanceled = std::move(isCanceled); }
    // Whether the units before the first translated one and after the last may be left
    // untranslated more often than others (a whole document: a title, web chrome, a
    // footer), or not (the sentences of paragraphs already paired). On by default.
    void setUntranslatedEdges(bool likely) { m_untranslatedEdges = likely; }

    // Aligns two lists of units; beads index into them. Empty when canceled.
    Alignment align(const QStringList &source, const QStringList &target, AlignStats *stats = nullptr);
    // The same, keeping `constraints`: fixed beads stay as they are and the alignment
    // passes every boundary (constraints that contradict earlier ones are left out, see
    // stretchesOf). The document's models are learned from all of it all the same.
    Alignment align(const QStringList &source, const QStringList &target, const AlignConstraints &constraints,
                    AlignStats *stats = nullptr);

private:
    std::unique_ptr<StemInterner> m_interner;
    std::unique_ptr<Tokenizer> m_source, m_target;
    std::unique_ptr<PinyinTable> m_pinyin;
    std::function<bool()> m_isCanceled;
    bool m_untranslatedEdges = true;
};

} // namespace bireader
