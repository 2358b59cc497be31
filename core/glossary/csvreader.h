#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bireader {

// RFC 4180 records: fields split at `separator`; a field in double quotes may hold
// separators, line breaks and doubled quotes (""). Lines end with LF or CRLF; blank
// lines are skipped. An unterminated quote is an error (the row where it starts).
QList<QStringList> parseCsv(QStringView text, QChar separator, QString *error = nullptr);

// One record written back: each field defused (below), quoted when it needs it.
QString csvRecord(const QStringList &fields, QChar separator);

// CSV injection (OWASP): a cell that starts with = + - @, a tab or a carriage return is
// run as a formula by a spreadsheet. Written with a ' in front, as spreadsheets do for
// text; a cell that starts with ' before one of those or before another ' gets one too,
// so that restoredCell(defusedCell(x)) == x for every x.
QString defusedCell(const QString &cell);
QString restoredCell(const QString &cell);

} // namespace bireader
