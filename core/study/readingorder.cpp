#include "readingorder.h"

namespace bireader {
namespace {

QString textOf(const SideText &side, const QList<TextRange> &ranges)
{
    QStringList parts;
    for (const TextRange &r : ranges)
        parts << side.text.mid(r.start, r.length).trimmed();
    return parts.join(QLatin1Char(' '));
}

QList<TextRange> rangesOf(const SideText &side, int begin, int end)
{
    QList<TextRange> out;
    for (int i = begin; i < end && i < side.sentences.size(); ++i)
        out << side.sentences[i];
    return out;
}

} // namespace

QList<SpokenSentence> spokenSentences(const Document &document, int segment, ReadSides sides, int from)
{
    QList<SpokenSentence> out;
    if (segment < 0 || segment >= document.segments.size())
        return out;
    const Segment &s = document.segments[segment];
    if (s.excluded)
        return out;
    const SideText &target = s.currentTarget();
    auto add = [&](Side side, const QList<TextRange> &ranges) {
        const SideText &t = side == Side::Source ? s.source : target;
        const QString text = textOf(t, ranges);
        if (!text.isEmpty())
            out.append({ segment, side, ranges, text,
                         side == Side::Source ? document.sourceLanguage : document.targetLanguage });
    };
    auto sentencesOf = [](const SideText &t, int first) {
        QList<QList<TextRange>> each;
        for (int i = first; i < t.sentences.size(); ++i)
            each.append({ t.sentences[i] });
        if (t.sentences.isEmpty() && !t.text.trimmed().isEmpty() && first == 0)
            each.append({ { 0, int(t.text.size()) } });
        return each;
    };
    if (sides == ReadSides::Source) {
        for (const QList<TextRange> &r : sentencesOf(s.source, from))
            add(Side::Source, r);
        return out;
    }
    if (sides == ReadSides::Translation) {
        int first = 0; // the translation of source sentence `from` onwards
        if (from > 0 && !s.isCorrected())
            if (const Bead *b = s.beadOf(Side::Source, from))
                first = b->targetBegin;
        for (const QList<TextRange> &r : sentencesOf(target, first))
            add(Side::Target, r);
        return out;
    }
    if (s.isCorrected() || s.beads.isEmpty()) {
        for (const QList<TextRange> &r : sentencesOf(s.source, from))
            add(Side::Source, r);
        if (from == 0 || s.isCorrected())
            for (const QList<TextRange> &r : sentencesOf(target, 0))
                add(Side::Target, r);
        return out;
    }
    bool started = from <= 0;
    for (const Bead &b : s.beads) {
        if (!started) { // from the link holding source sentence `from`
            if (b.sourceCount == 0 || b.sourceEnd() <= from)
                continue;
            started = true;
        }
        add(Side::Source, rangesOf(s.source, std::max(b.sourceBegin, from), b.sourceEnd()));
        add(Side::Target, rangesOf(s.target, b.targetBegin, b.targetEnd()));
    }
    return out;
}

} // namespace bireader
