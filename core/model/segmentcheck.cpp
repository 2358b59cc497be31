#include "segmentcheck.h"

#include <QCoreApplication>

namespace bireader {

bool rangesFit(const QList<TextRange> &ranges, qsizetype length)
{
    qint64 end = 0;
    for (const TextRange &r : ranges) {
        if (r.start < end || r.length < 0 || qint64(r.start) + r.length > length)
            return false;
        end = qint64(r.start) + r.length;
    }
    return true;
}

bool beadsFit(const Alignment &beads, int sourceCount, int targetCount)
{
    qint64 sourceEnd = 0, targetEnd = 0; // 64-bit: a stored begin + count may overflow int
    for (const Bead &b : beads) {
        if (b.sourceCount < 0 || b.targetCount < 0 || b.sourceBegin < sourceEnd || b.targetBegin < targetEnd)
            return false;
        sourceEnd = qint64(b.sourceBegin) + b.sourceCount;
        targetEnd = qint64(b.targetBegin) + b.targetCount;
        if (sourceEnd > sourceCount || targetEnd > targetCount)
            return false;
    }
    return true;
}

namespace {

// One sentence over the whole text (none for an empty text).
bool repairSide(SideText &side)
{
    if (rangesFit(side.sentences, side.text.size()))
        return false;
    side.sentences.clear();
    if (!side.text.isEmpty())
        side.sentences.append({ 0, int(side.text.size()) });
    return true;
}

} // namespace

QString repairSegment(Segment &segment)
{
    QStringList repaired;
    const bool sourceRepaired = repairSide(segment.source);
    const bool targetRepaired = repairSide(segment.target);
    if (segment.corrected && repairSide(*segment.corrected))
        repaired << QCoreApplication::translate("bireader::SegmentCheck", "the corrected sentences");
    if (sourceRepaired || targetRepaired)
        repaired << QCoreApplication::translate("bireader::SegmentCheck", "sentences outside the text");
    const int sources = int(segment.source.sentences.size()), targets = int(segment.target.sentences.size());
    if (sourceRepaired || targetRepaired || !beadsFit(segment.beads, sources, targets)) {
        const bool hadBeads = !segment.beads.isEmpty();
        segment.beads.clear();
        if (sources + targets > 0)
            segment.beads.append({ 0, sources, 0, targets, 0.0, false });
        if (hadBeads)
            repaired << QCoreApplication::translate("bireader::SegmentCheck",
                                                    "sentence links to sentences it does not have");
    }
    return repaired.join(QStringLiteral(", "));
}

} // namespace bireader
