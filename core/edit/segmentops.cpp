#include "segmentops.h"

#include <algorithm>

namespace bireader {
namespace {

int joinOffset(const SideText &a, const SideText &b, const QString &join)
{
    return int(a.text.size()) + (!a.isEmpty() && !b.isEmpty() ? int(join.size()) : 0);
}

SideText joined(const SideText &a, const SideText &b, const QString &join)
{
    SideText out = a.isEmpty() ? b : a;
    if (a.isEmpty() || b.isEmpty())
        return out;
    const int shift = joinOffset(a, b, join);
    out.text = a.text + join + b.text;
    for (TextRange r : b.sentences)
        out.sentences.append({ r.start + shift, r.length });
    return out;
}

SideText part(const SideText &side, int fromSentence, int toSentence)
{
    SideText out;
    out.origin = side.origin;
    const int n = int(side.sentences.size());
    fromSentence = std::clamp(fromSentence, 0, n);
    toSentence = std::clamp(toSentence, fromSentence, n);
    if (fromSentence == toSentence)
        return out;
    const int start = fromSentence == 0 ? 0 : side.sentences[fromSentence].start;
    const int end = toSentence == n ? int(side.text.size()) : side.sentences[toSentence].start;
    out.text = side.text.mid(start, end - start);
    while (toSentence < n && !out.text.isEmpty() && out.text.back().isSpace())
        out.text.chop(1); // the break between the parts goes; offsets stay as they were
    for (int k = fromSentence; k < toSentence; ++k)
        out.sentences.append({ side.sentences[k].start - start, side.sentences[k].length });
    return out;
}

int splitOffset(const SideText &side, int sentence)
{
    return sentence >= side.sentences.size() ? int(side.text.size()) : side.sentences[sentence].start;
}

} // namespace

QString sentenceJoiner(const QString &language)
{
    // Chinese and Japanese write sentences one after the other; other languages put a space.
    const QString primary = language.section(QLatin1Char('-'), 0, 0).toLower();
    return primary == QLatin1String("zh") || primary == QLatin1String("ja") || primary == QLatin1String("yue")
        ? QString()
        : QStringLiteral(" ");
}

Segment mergedSegments(const Segment &first, const Segment &second, const QString &sourceLanguage,
                       const QString &targetLanguage)
{
    const QString sourceJoin = sentenceJoiner(sourceLanguage), targetJoin = sentenceJoiner(targetLanguage);
    Segment m;
    m.source = joined(first.source, second.source, sourceJoin);
    m.target = joined(first.target, second.target, targetJoin);
    if (first.corrected || second.corrected)
        m.corrected = joined(first.currentTarget(), second.currentTarget(), targetJoin);
    m.beads = first.beads;
    const int s0 = int(first.source.sentences.size()), t0 = int(first.target.sentences.size());
    for (Bead b : second.beads) {
        b.sourceBegin += s0;
        b.targetBegin += t0;
        m.beads.append(b);
    }
    m.excluded = first.excluded && second.excluded;
    m.confirmed = first.confirmed && second.confirmed;
    return m;
}

std::pair<Segment, Segment> splitSegment(const Segment &s, int i, int j)
{
    Segment a, b;
    a.source = part(s.source, 0, i);
    b.source = part(s.source, i, int(s.source.sentences.size()));
    const int jt = std::min(j, int(s.target.sentences.size()));
    a.target = part(s.target, 0, jt);
    b.target = part(s.target, jt, int(s.target.sentences.size()));
    if (s.corrected) {
        a.corrected = part(*s.corrected, 0, j);
        b.corrected = part(*s.corrected, j, int(s.corrected->sentences.size()));
    }
    // Beads on one side of the cut stay; one across it is cut in two.
    for (const Bead &bead : s.beads) {
        const int sCut = std::clamp(i - bead.sourceBegin, 0, bead.sourceCount);
        const int tCut = std::clamp(jt - bead.targetBegin, 0, bead.targetCount);
        const bool whole = (sCut == bead.sourceCount && tCut == bead.targetCount) || (sCut == 0 && tCut == 0);
        if (sCut > 0 || tCut > 0)
            a.beads.append({ bead.sourceBegin, sCut, bead.targetBegin, tCut, bead.score, bead.confirmed && whole });
        if (sCut < bead.sourceCount || tCut < bead.targetCount)
            b.beads.append({ std::max(0, bead.sourceBegin - i), bead.sourceCount - sCut,
                             std::max(0, bead.targetBegin - jt), bead.targetCount - tCut, bead.score,
                             bead.confirmed && whole });
    }
    a.excluded = b.excluded = s.excluded;
    a.confirmed = b.confirmed = s.confirmed;
    return { a, b };
}

QList<Highlight> highlightsAfterMerge(const QList<Highlight> &highlights, const Segment &first, int index,
                                      const QString &sourceLanguage, const QString &targetLanguage)
{
    QList<Highlight> out;
    for (Highlight h : highlights) {
        if (h.segment == index + 1) {
            const SideText &side = h.side == Side::Source ? first.source : first.currentTarget();
            const QString join = sentenceJoiner(h.side == Side::Source ? sourceLanguage : targetLanguage);
            h.range.start += side.isEmpty() ? 0 : int(side.text.size() + join.size());
            h.segment = index;
        } else if (h.segment > index + 1) {
            --h.segment;
        }
        out.append(h);
    }
    return out;
}

QList<Highlight> highlightsAfterSplit(const QList<Highlight> &highlights, const Segment &original, int sourceSentence,
                                      int targetSentence, int index)
{
    const int sourceCut = splitOffset(original.source, sourceSentence);
    const int targetCut = splitOffset(original.currentTarget(), targetSentence);
    QList<Highlight> out;
    for (Highlight h : highlights) {
        if (h.segment == index) {
            const int cut = h.side == Side::Source ? sourceCut : targetCut;
            if (h.range.start >= cut) { // past the cut: to the new segment, same text
                h.segment = index + 1;
                h.range.start -= cut;
            } else if (h.range.end() > cut) { // across the cut: in two, colour and note on both
                Highlight after = h;
                after.segment = index + 1;
                after.range = { 0, h.range.end() - cut };
                h.range.length = cut - h.range.start;
                out.append(h);
                out.append(after);
                continue;
            }
        } else if (h.segment > index) {
            ++h.segment;
        }
        out.append(h);
    }
    return out;
}

QList<Highlight> highlightsAfterReplace(const QList<Highlight> &highlights, int first, int count,
                                        const QList<Segment> &inserted)
{
    QList<Highlight> out;
    const int shift = int(inserted.size()) - count;
    for (Highlight h : highlights) {
        if (h.segment >= first + count) {
            h.segment += shift;
        } else if (h.segment >= first) {
            if (inserted.isEmpty())
                continue;
            const Segment &head = inserted.front();
            const int size = int((h.side == Side::Source ? head.source : head.currentTarget()).text.size());
            h.segment = first;
            h.range.start = std::min(h.range.start, size);
            h.range.length = std::min(h.range.length, size - h.range.start);
        }
        out.append(h);
    }
    return out;
}

} // namespace bireader
