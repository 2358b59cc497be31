#pragma once

#include "model/segment.h"

#include <QByteArray>

namespace bireader {

// Compact binary columns of the project file: little-endian int32 arrays.
QByteArray packRanges(const QList<TextRange> &ranges);
QList<TextRange> unpackRanges(const QByteArray &blob);
QByteArray packBeads(const Alignment &beads); // score kept to 1e-4
Alignment unpackBeads(const QByteArray &blob);

} // namespace bireader
