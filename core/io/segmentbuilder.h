#pragma once

#include "align/aligner.h"
#include "model/segment.h"
#include "text/sentencesplitter.h"

namespace bireader {

// Turns texts into segments: sentence ranges with ICU for each side and the
// sentence alignment inside the segment.
class SegmentBuilder
{
public:
    SegmentBuilder(const QString &sourceLanguage, const QString &targetLanguage, const Dictionary *dictionary);

    SideText side(Side side, const QString &text, const Origin &origin) const;
    // One sentence per unit, as given (presplit input).
    static SideText presplitSide(const QStringList &units, const QString &language, const Origin &origin);
    void alignSentences(Segment &segment);
    // The sentences of every segment at once, each segment's staying inside it: the
    // aligner learns its models from the whole document, not from a few sentences. A
    // segment's confirmed links are kept as they are, the rest aligned around them.
    // False when canceled.
    bool alignSentences(QList<Segment> &segments);
    Aligner &aligner() { return m_aligner; }

private:
    SentenceSplitter m_sourceSplitter, m_targetSplitter;
    Aligner m_aligner;
};

} // namespace bireader
