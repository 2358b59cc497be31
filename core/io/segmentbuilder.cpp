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

bool SegmentBuilder::alignSentences(QList<Segment> &segments)
{
    QStringList source, target;
    AlignConstraints constraints;
    for (const Segment &seg : segments) {
        // Links the user confirmed stay as they are; the rest is aligned around them.
        for (const Bead &b : seg.beads)
            if (b.confirmed)
                constraints.fixed.append({ int(source.size()) + b.sourceBegin, b.sourceCount,
                                           int(target.size()) + b.targetBegin, b.targetCount, b.score, true });
        for (int i = 0; i < seg.source.sentences.size(); ++i)
            source.append(seg.source.sentence(i));
        for (int j = 0; j < seg.target.sentences.size(); ++j)
            target.append(seg.target.sentence(j));
        constraints.boundaries.emplace_back(int(source.size()), int(target.size()));
    }
    // Paragraphs paired already: none of a segment's edge sentences is likelier to be
    // untranslated than another.
    m_aligner.setUntranslatedEdges(false);
    const Alignment beads = m_aligner.align(source, target, constraints);
    m_aligner.setUntranslatedEdges(true);
    if (beads.isEmpty() && !(source.isEmpty() && target.isEmpty()))
        return false;
    // Back to the segments, whose sentences start at these offsets.
    int s0 = 0, t0 = 0;
    qsizetype k = 0;
    for (Segment &seg : segments) {
        const int s1 = s0 + int(seg.source.sentences.size()), t1 = t0 + int(seg.target.sentences.size());
        seg.beads.clear();
        for (; k < beads.size(); ++k) {
            const Bead &b = beads[k];
            const bool inside = b.sourceCount > 0 ? b.sourceBegin < s1 : b.targetBegin < t1;
            if (!inside)
                break;
            const bool anchor = std::any_of(constraints.fixed.begin(), constraints.fixed.end(), [&](const Bead &f) {
                return f.sourceBegin == b.sourceBegin && f.sourceCount == b.sourceCount
                    && f.targetBegin == b.targetBegin && f.targetCount == b.targetCount;
            });
            seg.beads.append({ b.sourceBegin - s0, b.sourceCount, b.targetBegin - t0, b.targetCount,
                               s1 - s0 == 1 && t1 - t0 == 1 ? 1.0 : b.score, anchor });
        }
        s0 = s1;
        t0 = t1;
    }
    return true;
}

} // namespace bireader
