#pragma once

#include "store/projectdata.h"

namespace bireader {

// Structural edits of segments as pure functions; the commands in commands.h apply them.

// What goes between two sentences of a language: nothing in Chinese and Japanese, a space
// in the others.
QString sentenceJoiner(const QString &language);

// Segments `first` and `first + 1` as one, joined as the language joins sentences (so a
// split at the same place gives both back).
Segment mergedSegments(const Segment &first, const Segment &second, const QString &sourceLanguage,
                       const QString &targetLanguage);
// Splits before source sentence `sourceSentence` and target sentence `targetSentence`
// (of the translation the reader sees). Either may equal the side's sentence count.
std::pair<Segment, Segment> splitSegment(const Segment &segment, int sourceSentence, int targetSentence);

// Highlights moved along with a merge of `first` and `first + 1`.
QList<Highlight> highlightsAfterMerge(const QList<Highlight> &highlights, const Segment &first, int index,
                                      const QString &sourceLanguage, const QString &targetLanguage);
// Highlights moved along with splitSegment(original, sourceSentence, targetSentence) of
// segment `index`; one across the cut is split in two, both keeping colour and note.
QList<Highlight> highlightsAfterSplit(const QList<Highlight> &highlights, const Segment &original, int sourceSentence,
                                      int targetSentence, int index);

// Highlights after segments [first, first + count) became `inserted` segments: those in
// the stretch go to the first new segment (clipped to its text), later ones move along.
QList<Highlight> highlightsAfterReplace(const QList<Highlight> &highlights, int first, int count,
                                        const QList<Segment> &inserted);

} // namespace bireader
