#include "importer.h"

namespace bireader {

BilingualReader::~BilingualReader() = default;

Alignment documentBeads(const Document &document)
{
    Alignment out;
    int s0 = 0, t0 = 0;
    for (const Segment &seg : document.segments) {
        for (Bead b : seg.beads) {
            b.sourceBegin += s0;
            b.targetBegin += t0;
            out.append(b);
        }
        s0 += int(seg.source.sentences.size());
        t0 += int(seg.target.sentences.size());
    }
    return out;
}

QStringList documentSentences(const Document &document, Side side)
{
    QStringList out;
    for (const Segment &seg : document.segments) {
        const SideText &t = seg.side(side);
        for (int i = 0; i < t.sentences.size(); ++i)
            out.append(t.sentence(i));
    }
    return out;
}

} // namespace bireader
