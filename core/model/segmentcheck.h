#pragma once

#include "segment.h"

#include <QString>

namespace bireader {

// A segment read from a file is checked before anything indexes with it: every sentence
// range lies inside its side's text, in order and apart, and every link (bead) names
// sentences the segment has, in order, none twice. A project written by Bireader always
// passes; a file changed by hand or by another program may not.
//
// Repairs what does not hold and says what it repaired ("" when nothing): a side whose
// ranges are broken becomes one sentence (its whole text), links that name missing
// sentences become one link over all of the segment's sentences. Nothing else changes.
QString repairSegment(Segment &segment);

// Whether `beads` fit sides of `sourceCount` and `targetCount` sentences: begins and
// counts not negative, ends inside, beads in order without overlap.
bool beadsFit(const Alignment &beads, int sourceCount, int targetCount);

// Whether `ranges` lie inside a text of `length` UTF-16 units, in order, apart.
bool rangesFit(const QList<TextRange> &ranges, qsizetype length);

} // namespace bireader
