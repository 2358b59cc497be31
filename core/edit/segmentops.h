#pragma once

#include "store/projectdata.h"

namespace bireader {

// Structural edits of segments as pure functions; the commands in commands.h apply them.

// Segments `first` and `first + 1` as one (paragraphs joined by a line break).
Segment mergedSegments(const Segment &first, const Segment &second);
// Splits before source sentence `sourceSentence` and target sentence `targetSentence`
// (of the translation the reader sees). Either may equal the side's sentence count.
std::pair<Segment, Segment> splitSegment(const Segment &segment, int sourceSentence, int targetSentence);

// Highlights moved along with a merge of `first` and `first + 1`.
QList<Highlight> highlightsAfterMerge(const QList<Highlight> &highlights, const Segment &first, int index);
// Highlights moved along with splitSegment(original, sourceSentence, targetSentence) of segment `index`.
QList<Highlight> highlightsAfterSplit(const QList<Highlight> &highlights, const Segment &original, int sourceSentence,
                                      int targetSentence, int index);

// Highlights after segments [first, first + count) became `inserted` segments: those in
// the stretch go to the first new segment (clipped to its text), later ones move along.
QList<Highlight> highlightsAfterReplace(const QList<Highlight> &highlights, int first, int count,
                                        const QList<Segment> &inserted);

} // namespace bireader
