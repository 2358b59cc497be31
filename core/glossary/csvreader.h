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

// One record written back: fields quoted when they need it.
QString csvRecord(const QStringList &fields, QChar separator);

} // namespace bireader
