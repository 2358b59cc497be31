#pragma once

#include "finding.h"
#include "model/document.h"

#include <QList>
#include <QString>

namespace bireader {

// QA findings as a report to send or file, Xbench-style: one row a finding with the
// segment number (1-based), the check, the message and both sides' text, the range a
// finding points at marked. CSV (RFC 4180, cells defused against formula injection) and
// a self-contained HTML page.
QString qaReportCsv(const Document &document, const QList<Finding> &findings);
QString qaReportHtml(const Document &document, const QList<Finding> &findings, const QString &title);

} // namespace bireader
