#include "csvreader.h"

#include <QCoreApplication>

namespace bireader {

QList<QStringList> parseCsv(QStringView text, QChar separator, QString *error)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, quoteLine = 0;
    auto endField = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        if (!(row.size() == 1 && row.front().isEmpty()))
            rows.append(row);
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                line += c == QLatin1Char('\n');
                field += c;
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else { // the run of plain characters up to the next one that matters, at once
            qsizetype end = i + 1;
            while (end < text.size() && text[end] != separator && text[end] != QLatin1Char('\n')
                   && text[end] != QLatin1Char('\r') && text[end] != QLatin1Char('"'))
                ++end;
            field += text.mid(i, end - i);
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted && error)
        *error = QCoreApplication::translate("bireader::Csv", "unterminated quoted field starting on line %1")
                     .arg(quoteLine);
    if (fieldStarted || !row.isEmpty() || !field.isEmpty())
        endRow();
    return rows;
}

namespace {

bool startsFormula(QStringView s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

QString defusedCell(const QString &cell)
{
    const bool quoted = cell.startsWith(QLatin1Char('\''))
        && (startsFormula(QStringView(cell).mid(1)) || cell.mid(1).startsWith(QLatin1Char('\'')));
    return startsFormula(cell) || quoted ? QLatin1Char('\'') + cell : cell;
}

QString restoredCell(const QString &cell)
{
    const bool defused = cell.startsWith(QLatin1Char('\''))
        && (startsFormula(QStringView(cell).mid(1)) || cell.mid(1).startsWith(QLatin1Char('\'')));
    return defused ? cell.mid(1) : cell;
}

QString csvRecord(const QStringList &fields, QChar separator)
{
    QStringList out;
    for (QString f : fields) {
        f = defusedCell(f);
        if (f.contains(separator) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r'))) {
            f.replace(QLatin1String("\""), QLatin1String("\"\""));
            f = QLatin1Char('"') + f + QLatin1Char('"');
        }
        out.append(f);
    }
    return out.join(separator);
}

} // namespace bireader
