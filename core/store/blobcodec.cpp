#include "blobcodec.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace bireader {
namespace {

void put(QByteArray &out, int v)
{
    char buf[4];
    qToLittleEndian<qint32>(v, buf);
    out.append(buf, 4);
}

int get(const QByteArray &blob, qsizetype i)
{
    qint32 v;
    std::memcpy(&v, blob.constData() + i * 4, sizeof v);
    return qFromLittleEndian(v);
}

} // namespace

QByteArray packRanges(const QList<TextRange> &ranges)
{
    QByteArray out;
    out.reserve(ranges.size() * 8);
    for (const TextRange &r : ranges) {
        put(out, r.start);
        put(out, r.length);
    }
    return out;
}

QList<TextRange> unpackRanges(const QByteArray &blob)
{
    QList<TextRange> out;
    if (blob.size() < 8)
        return out;
    const qsizetype n = blob.size() / 8;
    out.reserve(n);
    for (qsizetype k = 0; k < n; ++k)
        out.append({ get(blob, 2 * k), get(blob, 2 * k + 1) });
    return out;
}

constexpr int kConfirmedBit = 1 << 20;

QByteArray packBeads(const Alignment &beads)
{
    QByteArray out;
    out.reserve(beads.size() * 20);
    for (const Bead &b : beads) {
        put(out, b.sourceBegin);
        put(out, b.sourceCount);
        put(out, b.targetBegin);
        put(out, b.targetCount);
        // The score in 1/10000, and bit 20 for a link the user confirmed (an older reader
        // sees a score above 1: a sure link, which it is).
        put(out, int(std::lround(std::clamp(b.score, 0.0, 1.0) * 10000)) | (b.confirmed ? kConfirmedBit : 0));
    }
    return out;
}

Alignment unpackBeads(const QByteArray &blob)
{
    Alignment out;
    if (blob.size() < 20)
        return out;
    const qsizetype n = blob.size() / 20;
    out.reserve(n);
    for (qsizetype k = 0; k < n; ++k) {
        const int score = get(blob, 5 * k + 4);
        out.append({ get(blob, 5 * k), get(blob, 5 * k + 1), get(blob, 5 * k + 2), get(blob, 5 * k + 3),
                     (score & ~kConfirmedBit) / 10000.0, (score & kConfirmedBit) != 0 });
    }
    return out;
}

} // namespace bireader
