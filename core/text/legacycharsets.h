#pragma once

#include "encoding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bireader {

// The legacy (non-Unicode) side of decodeText(): ICU's converters and charset detection,
// and the checks that keep its guesses honest on little text.

// Strict conversion: fails on any byte sequence invalid in `encoding`.
bool convertStrict(const QByteArray &bytes, const char *encoding, QString *out);

// The charset likeliest for `bytes` that converts them without error, among `allowed` when
// given, else among all (ICU's detection; two-byte GB2312 text is Chinese even when short).
// Empty when none fits.
QByteArray detectLegacy(const QByteArray &bytes, QString *out, const QList<QByteArray> &allowed = {});

// Whether the non-ASCII bytes of `line` read as two-byte characters of a CJK legacy
// encoding: every run of them has even length and, for GB18030, most pairs are in GB2312
// (the common characters). A Latin-1 line (lone accented letters) or CESU-8 does not.
bool readsAsCjkPairs(const QByteArray &line, const QByteArray &encoding);

// ISO-2022-JP/KR/CN (escape sequences) and HZ (~{ ~} shifts): seven-bit text that reads
// as ASCII. True, with the text and encoding set, when one converts cleanly to CJK text.
bool decodeSevenBitCjk(const QByteArray &bytes, DecodedText *d);

} // namespace bireader
