#include "qareport.h"

#include "glossary/csvreader.h"

#include <QCoreApplication>
#include <QMap>

namespace bireader {
namespace {

// The side's text with the finding's range in <mark>, escaped.
QString marked(const QString &text, TextRange range)
{
    if (range.length <= 0 || range.start < 0 || range.end() > text.size())
        return text.toHtmlEscaped();
    return text.left(range.start).toHtmlEscaped() + QStringLiteral("<mark>")
        + text.mid(range.start, range.length).toHtmlEscaped() + QStringLiteral("</mark>")
        + text.mid(range.end()).toHtmlEscaped();
}

} // namespace

QString qaReportCsv(const Document &document, const QList<Finding> &findings)
{
    QString out = csvRecord({ QCoreApplication::translate("bireader::QaReport", "segment"),
                              QCoreApplication::translate("bireader::QaReport", "check"),
                              QCoreApplication::translate("bireader::QaReport", "message"),
                              QCoreApplication::translate("bireader::QaReport", "source"),
                              QCoreApplication::translate("bireader::QaReport", "translation") },
                            QLatin1Char(','))
        + QLatin1Char('\n');
    for (const Finding &f : findings) {
        const Segment &s = document.segments.value(f.segment);
        out += csvRecord({ QString::number(f.segment + 1), findingKindName(f.kind), f.message, s.source.text,
                           s.currentTarget().text },
                         QLatin1Char(','))
            + QLatin1Char('\n');
    }
    return out;
}

QString qaReportHtml(const Document &document, const QList<Finding> &findings, const QString &title)
{
    QMap<QString, int> counts;
    for (const Finding &f : findings)
        ++counts[findingKindName(f.kind)];
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                                  "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
                                  "mark{background:#ffcc80}</style></head><body>\n<h1>%1</h1>\n<p>")
                       .arg(title.toHtmlEscaped());
    html += QCoreApplication::translate("bireader::QaReport", "%n finding(s)", nullptr, int(findings.size()))
                .toHtmlEscaped();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        html += QStringLiteral(" · %1 %2").arg(it.value()).arg(it.key().toHtmlEscaped());
    html += QStringLiteral("</p>\n<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
                .arg(QCoreApplication::translate("bireader::QaReport", "Segment").toHtmlEscaped(),
                     QCoreApplication::translate("bireader::QaReport", "Check").toHtmlEscaped(),
                     QCoreApplication::translate("bireader::QaReport", "Message").toHtmlEscaped(),
                     QCoreApplication::translate("bireader::QaReport", "Source").toHtmlEscaped(),
                     QCoreApplication::translate("bireader::QaReport", "Translation").toHtmlEscaped());
    for (const Finding &f : findings) {
        const Segment &s = document.segments.value(f.segment);
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td lang=\"%4\">%5</td><td lang=\"%6\">%7</td></tr>\n")
                    .arg(f.segment + 1)
                    .arg(findingKindName(f.kind).toHtmlEscaped(), f.message.toHtmlEscaped(),
                         document.sourceLanguage.toHtmlEscaped(), marked(s.source.text, f.sourceRange),
                         document.targetLanguage.toHtmlEscaped(), marked(s.currentTarget().text, f.targetRange));
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

} // namespace bireader
