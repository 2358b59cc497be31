#pragma once

#include "model/document.h"

#include <QList>
#include <QString>

namespace bireader {

// What reading aloud reads: the source, the translation, or each source sentence (its
// link's sentences) followed by its translation.
enum class ReadSides { Source, Translation, Both };

struct SpokenSentence {
    int segment = -1;
    Side side = Side::Source;
    QList<TextRange> ranges; // the sentences read at once (a link's), in the side's text
    QString text;
    QString language;
};

// The sentences of one segment to read, in order, from source sentence `from` (0: all).
// Both: link by link, the source sentences then their translation; a corrected segment
// (its links are the machine translation's) reads its source, then the whole correction.
// An excluded segment reads nothing.
QList<SpokenSentence> spokenSentences(const Document &document, int segment, ReadSides sides, int from = 0);

} // namespace bireader
