#pragma once

#include "io/importer.h"
#include "store/projectdata.h"

#include <QStringList>

#include <functional>

namespace bireader {

// The project an import makes: the document, whole-segment notes (TMX <note>) as
// highlights, the glossary's languages and the original texts of `paths`.
ProjectData projectFromImport(const ImportResult &result, const QStringList &paths);

// Segments [first, first + count) aligned again from their text: paragraphs first, then
// sentences, as an import would. The segments around the stretch stay as they are (the
// user confirmed them). Returns the new segments, or an empty list when the stretch
// has nothing to align.
QList<Segment> realignedSegments(const Document &document, int first, int count, const Dictionary *dictionary);

// The sentence links of segments [first, first + count) aligned again, the segments kept
// as they are: the links the user confirmed stay, the others are aligned around them
// (the models learned from the stretch and 200 segments around it). Corrected segments
// are left out (their links are the machine translation's). Returns (segment, new links)
// for each segment aligned; empty when canceled.
QList<std::pair<int, Alignment>> realignedLinks(const Document &document, int first, int count,
                                                const Dictionary *dictionary, std::function<bool()> isCanceled = {});

} // namespace bireader
