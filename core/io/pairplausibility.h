#pragma once

#include <QList>

namespace bireader {

// Lengths of a candidate (source paragraph, translation) pair, in characters.
struct PairCandidate {
    int sourceLength = 0;
    int targetLength = 0;
    int glossedWords = 0; // source words with a dictionary gloss (0 without a dictionary)
    int matchedWords = 0; // of those, words whose gloss occurs in the target
};

// Decides which candidates are plausible translation pairs by length alone: the
// length ratio and its variance are estimated robustly (medians) from all the
// candidates of the document, and a candidate whose Gale-Church delta exceeds
// `maxDelta` is rejected: a "skip to content" line before an English title, a
// footer headline before an unrelated excerpt. With a dictionary that works for the
// document (its glosses are found in most candidates), a candidate whose source has
// several glossed words and not one of them in the target is rejected too.
QList<bool> judgePairs(const QList<PairCandidate> &candidates, double maxDelta = 4.0);

} // namespace bireader
