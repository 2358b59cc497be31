#pragma once

#include "model/document.h"

#include <QByteArray>
#include <QStringList>

namespace bireader {

// Text renderings of an alignment. Beads index into `source` and `target` units.
enum class AlignmentFormat { Beads, Tsv, Json };
enum class PairsFormat { Json, Tsv };

// "[0,1]:[2]" one bead a line (vecalign / Bertalign format).
QByteArray formatBeads(const Alignment &beads);
// Source units TAB target units, one bead a line; tabs and newlines in text become spaces.
QByteArray formatTsv(const Alignment &beads, const QStringList &source, const QStringList &target,
                     const QString &sourceLanguage, const QString &targetLanguage);
// [{"source": "...", "target": "...", "score": 0.93}, ...]
QByteArray formatJson(const Alignment &beads, const QStringList &source, const QStringList &target,
                      const QString &sourceLanguage, const QString &targetLanguage);
QByteArray formatAlignment(AlignmentFormat format, const Alignment &beads, const QStringList &source,
                           const QStringList &target, const QString &sourceLanguage, const QString &targetLanguage);

// The document's segments in order: {"source": text or null, "target": text or null}.
QByteArray formatPairs(PairsFormat format, const Document &document);

} // namespace bireader
