#include "wordlistcsv.h"

#include "glossary/csvreader.h"
#include "text/encoding.h"
#include "text/xmltext.h"

#include <QCoreApplication>

namespace bireader {

Result<QList<WordRecord>> readWordList(const QString &path, const QString &language)
{
    const DecodedText decoded = readTextFile(path);
    if (!decoded.ok())
        return Error { decoded.error };
    QString error;
    const QChar separator
        = path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) ? QLatin1Char('\t') : QLatin1Char(',');
    const QList<QStringList> rows = parseCsv(decoded.text, separator, &error);
    if (!error.isEmpty())
        return Error { QCoreApplication::translate("bireader::WordList", "%1: %2").arg(path, error) };
    QList<WordRecord> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows[i];
        const QString term = restoredCell(row.value(0).trimmed());
        if (i == 0 && term.compare(QLatin1String("term"), Qt::CaseInsensitive) == 0)
            continue; // the header
        if (term.isEmpty())
            continue;
        const QString statusText = row.value(1).trimmed();
        const std::optional<WordStatus> status
            = statusText.isEmpty() ? std::optional(WordStatus::Learning1) : wordStatusFromName(statusText);
        if (!status)
            return Error { QCoreApplication::translate("bireader::WordList",
                                                       "%1: row %2: unknown status \"%3\" (use new, learning1 to "
                                                       "learning4, known, ignored, or 0-5)")
                               .arg(path)
                               .arg(i + 1)
                               .arg(statusText) };
        out.append({ language,
                     term,
                     *status,
                     restoredCell(row.value(2).trimmed()),
                     restoredCell(row.value(3).trimmed()),
                     {} });
    }
    return out;
}

QByteArray writeWordList(const QList<WordRecord> &words)
{
    QString out = csvRecord({ QStringLiteral("term"), QStringLiteral("status"), QStringLiteral("reading"),
                              QStringLiteral("gloss") },
                            QLatin1Char(','))
        + QLatin1Char('\n');
    // Characters a text file cannot carry (NUL and other controls, as XML cannot) become
    // U+FFFD: a word list written with a NUL read back as 'binary data'.
    for (const WordRecord &w : words)
        out += csvRecord({ xmlSafe(w.term), wordStatusName(w.status), xmlSafe(w.reading), xmlSafe(w.gloss) },
                         QLatin1Char(','))
            + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace bireader
