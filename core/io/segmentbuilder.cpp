#include "segmentbuilder.h"

#include "textsource.h"

namespace bireader {

SegmentBuilder::SegmentBuilder(const QString &sourceLanguage, const QString &targetLanguage,
                               const Dictionary *dictionary)
    : m_sourceSplitter(sourceLanguage)
    , m_targetSplitter(targetLanguage)
    , m_aligner(sourceLanguage, targetLanguage, dictionary)
{
}

SideText SegmentBuilder::side(Side side, const QString &text, const Origin &origin) const
{
    SideText t;
    t.text = text;
    t.origin = origin;
    t.sentences = (side == Side::Source ? m_sourceSplitter : m_targetSplitter).split(text);
    return t;
}

SideText SegmentBuilder::presplitSide(const QStringList &units, const QString &language, const Origin &origin)
{
    SideText t;
    t.origin = origin;
    const QString sep = isCjkLanguage(language) ? QString() : QStringLiteral(" ");
    for (const QString &u : units) {
        if (!t.text.isEmpty() && !u.isEmpty())
            t.text += sep;
        t.sentences.append({ int(t.text.size()), int(u.size()) });
        t.text += u;
    }
    return t;
}

void SegmentBuilder::alignSentences(Segment &segment)
{
    const int n = int(segment.source.sentences.size()), m = int(segment.target.sentences.size());
    segment.beads.clear();
    if (n == 0 && m == 0)
        return;
    if (n == 0 || m == 0) { // unpaired: one deletion bead per sentence
        for (int i = 0; i < n; ++i)
            segment.beads.append({ i, 1, 0, 0, 0.0 });
        for (int j = 0; j < m; ++j)
            segment.beads.append({ 0, 0, j, 1, 0.0 });
        return;
    }
    if (n == 1 && m == 1) {
        segment.beads.append({ 0, 1, 0, 1, 1.0 });
        return;
    }
    QStringList src, tgt;
    for (int i = 0; i < n; ++i)
        src.append(segment.source.sentence(i));
    for (int j = 0; j < m; ++j)
        tgt.append(segment.target.sentence(j));
    // The segment's paragraphs are paired already: none of its edge sentences is more
    // likely untranslated than another.
    m_aligner.setUntranslatedEdges(false);
    segment.beads = m_aligner.align(src, tgt);
    m_aligner.setUntranslatedEdges(true);
}

} // namespace bireader
