#include "links.h"

#include <algorithm>

namespace bireader {
namespace {

// The part of `b` inside source [s0, s1) and target [t0, t1), keeping its score.
Bead clipped(const Bead &b, int s0, int s1, int t0, int t1)
{
    Bead c = b;
    const int sb = std::max(b.sourceBegin, s0), se = std::min(b.sourceEnd(), s1);
    const int tb = std::max(b.targetBegin, t0), te = std::min(b.targetEnd(), t1);
    c.sourceBegin = sb;
    c.sourceCount = std::max(0, se - sb);
    c.targetBegin = tb;
    c.targetCount = std::max(0, te - tb);
    if (c.sourceCount == 0)
        c.sourceBegin = s0; // where an insertion sits does not matter for coverage
    if (c.targetCount == 0)
        c.targetBegin = t0;
    return c;
}

// The beads of a rectangle [s0, s1) x [t0, t1): the old beads' parts that fall inside it,
// every sentence inside it not covered by them standing alone, in reading order.
Alignment region(const Alignment &old, int s0, int s1, int t0, int t1)
{
    Alignment inside;
    for (const Bead &b : old) {
        const Bead c = clipped(b, s0, s1, t0, t1);
        if (c.sourceCount > 0 || c.targetCount > 0) {
            Bead part = c;
            part.confirmed = b.confirmed && c.sourceCount == b.sourceCount && c.targetCount == b.targetCount;
            inside.append(part);
        }
    }
    // A clipped bead keeps one side only where the other fell outside: it is then a
    // sentence alone. Fill what no bead covers, and order by position.
    std::vector<char> sourceCovered(size_t(std::max(0, s1 - s0)), 0), targetCovered(size_t(std::max(0, t1 - t0)), 0);
    for (const Bead &b : inside) {
        for (int i = b.sourceBegin; i < b.sourceEnd(); ++i)
            sourceCovered[size_t(i - s0)] = 1;
        for (int j = b.targetBegin; j < b.targetEnd(); ++j)
            targetCovered[size_t(j - t0)] = 1;
    }
    for (int i = s0; i < s1; ++i)
        if (!sourceCovered[size_t(i - s0)])
            inside.append({ i, 1, t0, 0, 0.0, false });
    for (int j = t0; j < t1; ++j)
        if (!targetCovered[size_t(j - t0)])
            inside.append({ s0, 0, j, 1, 0.0, false });
    // Links stay monotone: order by where each starts on its non-empty sides.
    auto key = [](const Bead &b) {
        return std::pair { b.sourceCount > 0 ? b.sourceBegin : -1, b.targetCount > 0 ? b.targetBegin : -1 };
    };
    std::stable_sort(inside.begin(), inside.end(), [&](const Bead &a, const Bead &b) {
        const auto [as, at] = key(a);
        const auto [bs, bt] = key(b);
        if (as >= 0 && bs >= 0 && as != bs)
            return as < bs;
        if (at >= 0 && bt >= 0 && at != bt)
            return at < bt;
        return (as >= 0 ? as : at) < (bs >= 0 ? bs : bt);
    });
    // A clipped bead that still has both sides but now crosses another (it cannot: the
    // rectangle holds no other link's parts on the far side) is kept as it is.
    return inside;
}

} // namespace

int beadHolding(const Alignment &beads, Side side, int sentence)
{
    for (qsizetype k = 0; k < beads.size(); ++k) {
        const Bead &b = beads[k];
        const int begin = side == Side::Source ? b.sourceBegin : b.targetBegin;
        const int end = side == Side::Source ? b.sourceEnd() : b.targetEnd();
        if (sentence >= begin && sentence < end)
            return int(k);
    }
    return -1;
}

Alignment linkedBeads(const Segment &segment, int sourceFirst, int sourceLast, int targetFirst, int targetLast)
{
    const int n = int(segment.source.sentences.size()), m = int(segment.target.sentences.size());
    sourceFirst = std::clamp(sourceFirst, 0, n);
    targetFirst = std::clamp(targetFirst, 0, m);
    const int s1 = std::clamp(sourceLast + 1, sourceFirst, n), t1 = std::clamp(targetLast + 1, targetFirst, m);
    // An empty side sits where the other side's neighbours put it.
    Bead link { sourceFirst, s1 - sourceFirst, targetFirst, t1 - targetFirst, 1.0, true };
    Alignment out = region(segment.beads, 0, link.sourceBegin, 0, link.targetBegin);
    out.append(link);
    out += region(segment.beads, s1, n, t1, m);
    return out;
}

Alignment unlinkedBeads(const Segment &segment, Side side, int sentence)
{
    Alignment beads = segment.beads;
    const int k = beadHolding(beads, side, sentence);
    if (k < 0)
        return beads;
    const Bead b = beads[k];
    const bool source = side == Side::Source;
    const int begin = source ? b.sourceBegin : b.targetBegin;
    if ((source ? b.sourceCount : b.targetCount) == 1 && (source ? b.targetCount : b.sourceCount) == 0)
        return beads; // alone already
    // The link keeps the sentences before this one; this one and those after stand alone.
    Alignment replaced;
    Bead kept = b;
    (source ? kept.sourceCount : kept.targetCount) = sentence - begin;
    kept.confirmed = false;
    if (kept.sourceCount > 0 || kept.targetCount > 0)
        replaced.append(kept);
    const int end = source ? b.sourceEnd() : b.targetEnd();
    for (int i = sentence; i < end; ++i)
        replaced.append(source ? Bead { i, 1, b.targetEnd(), 0, 0.0, false }
                               : Bead { b.sourceEnd(), 0, i, 1, 0.0, false });
    beads.remove(k);
    for (qsizetype i = 0; i < replaced.size(); ++i)
        beads.insert(k + i, replaced[i]);
    return beads;
}

Alignment joinedWithNeighbour(const Segment &segment, Side side, int sentence, bool withPrevious)
{
    Alignment beads = segment.beads;
    const int k = beadHolding(beads, side, sentence);
    const bool source = side == Side::Source;
    if (k < 0 || (source ? beads[k].targetCount : beads[k].sourceCount) != 0)
        return beads; // it has a counterpart already
    // The link next to it on that side: a sentence of the other side standing alone there
    // (the counterpart left behind when the sentence moved away) pairs with it; a link with
    // sentences on both sides takes it in.
    const int other = withPrevious ? k - 1 : k + 1;
    if (other < 0 || other >= beads.size())
        return beads;
    const Bead &next = beads[other];
    const bool orphan
        = source ? next.sourceCount == 0 && next.targetCount > 0 : next.targetCount == 0 && next.sourceCount > 0;
    if (!orphan && (next.sourceCount == 0 || next.targetCount == 0))
        return beads;
    Bead joined = beads[other];
    joined.confirmed = false;
    if (source) {
        joined.sourceBegin = joined.sourceCount == 0 ? sentence : std::min(joined.sourceBegin, sentence);
        joined.sourceCount += 1;
    } else {
        joined.targetBegin = joined.targetCount == 0 ? sentence : std::min(joined.targetBegin, sentence);
        joined.targetCount += 1;
    }
    beads[other] = joined;
    beads.remove(k);
    return beads;
}

Alignment confirmedBeads(const Segment &segment, Side side, int sentence, bool confirmed)
{
    Alignment beads = segment.beads;
    if (const int k = beadHolding(beads, side, sentence); k >= 0)
        beads[k].confirmed = confirmed;
    return beads;
}

} // namespace bireader
