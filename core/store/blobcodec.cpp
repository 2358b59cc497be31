#include "blobcodec.h"

#include <QtEndian>

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

QByteArray packBeads(const Alignment &beads)
{
    QByteArray out;
    out.reserve(beads.size() * 20);
    for (const Bead &b : beads) {
        put(out, b.sourceBegin);
        put(out, b.sourceCount);
        put(out, b.targetBegin);
        put(out, b.targetCount);
        put(out, int(std::lround(b.score * 10000)));
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
    for (qsizetype k = 0; k < n; ++k)
        out.append({ get(blob, 5 * k), get(blob, 5 * k + 1), get(blob, 5 * k + 2), get(blob, 5 * k + 3),
                     get(blob, 5 * k + 4) / 10000.0 });
    return out;
}

} // namespace bireader
