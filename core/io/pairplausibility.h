#pragma once

#include <QList>

namespace bireader {

// Lengths of a candidate (source paragraph, translation) pair, in characters.
struct PairCandidate {
    int sourceLength = 0;
    int targetLength = 0;
};

// Decides which candidates are plausible translation pairs by length alone: the
// length ratio and its variance are estimated robustly (medians) from all the
// candidates of the document, and a candidate whose Gale-Church delta exceeds
// `maxDelta` is rejected: a "skip to content" line before an English title, a
// footer headline before an unrelated excerpt.
QList<bool> judgePairs(const QList<PairCandidate> &candidates, double maxDelta = 4.0);

} // namespace bireader
