#include "delimitedglossary.h"

#include "csvreader.h"
#include "text/script.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace bireader {
namespace {

enum Column { Term, Translation, Note, Forbidden, Ignored };

// A column named after a language, as spreadsheets of terms often are.
bool isLanguageName(const QString &cell)
{
    static const QStringList names {
        QStringLiteral("chinese"),  QStringLiteral("english"),
        QStringLiteral("german"),   QStringLiteral("french"),
        QStringLiteral("spanish"),  QStringLiteral("japanese"),
        QStringLiteral("korean"),   QStringLiteral("russian"),
        QStringLiteral("italian"),  QStringLiteral("portuguese"),
        QStringLiteral("zh"),       QStringLiteral("en"),
        QStringLiteral("de"),       QStringLiteral("fr"),
        QStringLiteral("es"),       QStringLiteral("ja"),
        QStringLiteral("ko"),       QStringLiteral("ru"),
        QStringLiteral("zh-cn"),    QStringLiteral("en-us"),
        QStringLiteral("en-gb"),    QStringLiteral("zh-hans"),
        QStringLiteral("中文"),     QStringLiteral("英文"),
        QStringLiteral("汉语"),     QStringLiteral("英语"),
        QStringLiteral("简体中文"), QStringLiteral("chinese (simplified)"),
    };
    return names.contains(cell);
}

// The separator of a file named .csv: the expected one unless every line that has a cell
// separated at all has a tab (or a semicolon) and not the comma.
QChar sniffSeparator(const QString &text, QChar expected)
{
    if (expected != QLatin1Char(','))
        return expected;
    int lines = 0, tabs = 0, semicolons = 0, commas = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        if (++lines > 50)
            break;
        tabs += line.contains(QLatin1Char('\t'));
        semicolons += line.contains(QLatin1Char(';'));
        commas += line.contains(QLatin1Char(','));
    }
    if (lines > 0 && tabs == lines && commas < lines)
        return QLatin1Char('\t');
    if (lines > 0 && semicolons == lines && commas < lines)
        return QLatin1Char(';');
    return expected;
}

// Column roles from a header row, or std::nullopt when the row is data.
std::optional<QList<Column>> headerColumns(const QStringList &row)
{
    QList<Column> cols;
    bool any = false;
    for (const QString &cell : row) {
        const QString c = cell.trimmed().toLower();
        Column col = Ignored;
        if (c == QLatin1String("term") || c == QLatin1String("source") || c == QLatin1String("source term")
            || c == QStringLiteral("术语") || c == QStringLiteral("原文"))
            col = Term;
        else if (c == QLatin1String("translation") || c == QLatin1String("target") || c == QLatin1String("target term")
                 || c == QStringLiteral("译文") || c == QStringLiteral("翻译"))
            col = Translation;
        else if (c == QLatin1String("note") || c == QLatin1String("comment") || c == QLatin1String("notes")
                 || c == QStringLiteral("备注"))
            col = Note;
        else if (c == QLatin1String("forbidden") || c == QLatin1String("do not use"))
            col = Forbidden;
        else if (isLanguageName(c)) // "Chinese,English": the first language named is the term's
            col = cols.contains(Term) ? (cols.contains(Translation) ? Ignored : Translation) : Term;
        any = any || col != Ignored;
        cols.append(col);
    }
    if (!any || !cols.contains(Term))
        return std::nullopt;
    return cols;
}

QStringList splitList(const QString &cell)
{
    QStringList out;
    for (const QString &s : cell.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    return out;
}

} // namespace

GlossaryReadResult readDelimited(const QString &text, const QString &name, QChar separator)
{
    GlossaryReadResult r;
    QString parseError;
    QList<QStringList> rows;
    separator = sniffSeparator(text, separator);
    if (separator == QLatin1Char('\t')) { // TSV: no quoting, one record a line
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                rows.append(QString(line).remove(QLatin1Char('\r')).split(QLatin1Char('\t')));
    } else {
        rows = parseCsv(text, separator, &parseError);
    }
    if (!parseError.isEmpty()) {
        r.error = QCoreApplication::translate("bireader::Glossary", "%1: %2").arg(name, parseError);
        return r;
    }
    QList<Column> columns { Term, Translation, Note, Forbidden };
    bool header = false;
    if (!rows.isEmpty())
        if (const auto named = headerColumns(rows.front())) {
            columns = *named;
            header = true;
            rows.removeFirst();
        }
    // Without a header, a file none of whose rows has a second cell is prose, not terms.
    if (!header && !rows.isEmpty() && std::none_of(rows.begin(), rows.end(), [](const QStringList &row) {
            return row.size() > 1 && !row[1].trimmed().isEmpty();
        })) {
        r.error = QCoreApplication::translate("bireader::Glossary",
                                              "%1: no row has a translation; a glossary has a term and its "
                                              "translation on each row, separated by a comma or a tab")
                      .arg(name);
        return r;
    }
    QList<TermEntry> entries;
    entries.reserve(rows.size());
    for (const QStringList &row : rows) {
        TermEntry e;
        for (qsizetype i = 0; i < row.size() && i < columns.size(); ++i) {
            const QString cell = restoredCell(row[i].trimmed());
            switch (columns[i]) {
            case Term:
                e.source = cell;
                break;
            case Translation:
                if (!cell.isEmpty())
                    e.approved.append(cell);
                break;
            case Note:
                e.note = cell;
                break;
            case Forbidden:
                e.forbidden = splitList(cell);
                break;
            case Ignored:
                break;
            }
        }
        if (e.source.isEmpty()) {
            ++r.skippedRows;
            continue;
        }
        entries.append(std::move(e));
    }
    r.glossary.merge(entries);
    return r;
}

QByteArray writeDelimited(const Glossary &g, QChar separator)
{
    QString out = csvRecord({ QStringLiteral("term"), QStringLiteral("translation"), QStringLiteral("note"),
                              QStringLiteral("forbidden") },
                            separator)
        + QLatin1Char('\n');
    auto clean = [separator](QString s) {
        if (separator == QLatin1Char('\t')) // TSV has no quoting: csvRecord() is not used
            return defusedCell(s.replace(QLatin1Char('\t'), QLatin1Char(' '))
                                   .replace(QLatin1Char('\n'), QLatin1Char(' '))
                                   .remove(QLatin1Char('\r')));
        return s;
    };
    for (const TermEntry &e : g.entries) {
        const QStringList approved = e.approved.isEmpty() ? QStringList { QString() } : e.approved;
        for (qsizetype i = 0; i < approved.size(); ++i) {
            const QStringList fields { clean(e.source), clean(approved[i]), clean(i == 0 ? e.note : QString()),
                                       clean(i == 0 ? e.forbidden.join(QLatin1String("; ")) : QString()) };
            out += (separator == QLatin1Char('\t') ? fields.join(separator) : csvRecord(fields, separator))
                + QLatin1Char('\n');
        }
    }
    return out.toUtf8();
}

} // namespace bireader
