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

// Highlights and notes of one segment, in side then position order.
QList<Highlight> highlightsOf(const ProjectData &data, int segment);
QString documentTitle(const ProjectData &data);

} // namespace bireader
