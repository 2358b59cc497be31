#pragma once

#include "model/bead.h"

#include <QStringList>

namespace bireader::bench {

struct SyntheticPair {
    QStringList source; // Chinese-like sentences
    QStringList target; // English-like sentences
    Alignment gold;
};

// A generated parallel text of `sourceSentences` sentences: source "words" of Han
// characters rendered by a fixed random lexicon of English-like words, with the
// bead mix of literary zh-en (1-1, 1-2, 2-1, 1-3, 2-2, 1-0, 0-1), so the target
// side has about 1.2 times as many sentences. Deterministic for a seed.
SyntheticPair makeSyntheticPair(int sourceSentences, unsigned seed = 42);

} // namespace bireader::bench
