#pragma once

#include "exporter.h"
#include "store/projectdata.h"

#include <QByteArray>

namespace bireader {

QByteArray exportMarkdown(const ProjectData &data);
QByteArray exportHtml(const ProjectData &data, const ExportOptions &options = {});
QByteArray exportTmx(const ProjectData &data, bool confirmedOnly = false);
QByteArray exportAnki(const ProjectData &data);
QByteArray exportAnkiCloze(const ProjectData &data);
QByteArray exportText(const ProjectData &data, bool withSource);
QByteArray exportXliff12(const ProjectData &data, bool confirmedOnly = false);
QByteArray exportXliff20(const ProjectData &data, bool confirmedOnly = false);
// The state a segment's target has in XLIFF 1.2 and in 2.0 (by its status).
QString xliffState12(const Segment &s);
QString xliffState20(const Segment &s);
// The XLIFF file the project was imported from (its text is kept in the project), or null.
const SourceText *importedXliff(const ProjectData &data);
// That file as it was, each corrected unit's target written back and each unit whose
// status changed given its new state (1.2: the target's state translated / signed-off /
// needs-review-translation and approved="yes"; 2.0: the segment's state translated /
// reviewed / initial); ids, notes, alternatives and everything else unchanged.
Result<QByteArray> writeBackXliff(const ProjectData &data, const SourceText &original);

// Highlights and notes of each segment, in side then position order.
QList<QList<Highlight>> highlightsBySegment(const ProjectData &data);
QString documentTitle(const ProjectData &data);

} // namespace bireader
