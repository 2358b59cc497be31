#pragma once

#include "model/segment.h"

#include <QList>

namespace bireader {

// Sentence links of one segment as the user changes them, as pure functions: each returns
// the segment's new beads, in order, covering every sentence of both sides once, never
// crossing. They work on the machine translation's sentences (a corrected translation has
// no links of its own).

// Links source sentences [sourceFirst, sourceLast] with target sentences [targetFirst,
// targetLast] as one confirmed bead (either range may be empty: first > last, a 1-0 or
// 0-1). The sentences' old links are cut; links that would now cross the new one lose the
// crossing sentences, which are left unlinked.
Alignment linkedBeads(const Segment &segment, int sourceFirst, int sourceLast, int targetFirst, int targetLast);

// Takes `sentence` of `side` out of its link: it stands alone (1-0 or 0-1). In the middle
// of a link, the link keeps the sentences before it; those after it stand alone too.
Alignment unlinkedBeads(const Segment &segment, Side side, int sentence);

// Marks the link holding `sentence` of `side` as confirmed (or not): re-alignment keeps it.
Alignment confirmedBeads(const Segment &segment, Side side, int sentence, bool confirmed = true);

// A sentence standing alone (1-0 or 0-1) joined with the link before it (`withPrevious`)
// or after it: a sentence moved to a neighbouring segment keeps a counterpart.
Alignment joinedWithNeighbour(const Segment &segment, Side side, int sentence, bool withPrevious);

// The index of the bead holding `sentence` of `side`, or -1.
int beadHolding(const Alignment &beads, Side side, int sentence);

} // namespace bireader
