#include "search.h"

#include <QRegularExpression>

namespace bireader {
namespace {

QRegularExpression expressionOf(const SearchQuery &query)
{
    const QString pattern = query.regex ? query.text : QRegularExpression::escape(query.text);
    return QRegularExpression(
        pattern, query.caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
}

} // namespace

QList<SearchHit> searchDocument(const Document &document, const SearchQuery &query, QString *error, int limit)
{
    QList<SearchHit> hits;
    if (query.text.isEmpty())
        return hits;
    const QRegularExpression re = expressionOf(query);
    if (!re.isValid()) {
        if (error)
            *error = re.errorString();
        return hits;
    }
    for (qsizetype i = 0; i < document.segments.size() && hits.size() < limit; ++i) {
        const Segment &s = document.segments[i];
        for (Side side : { Side::Source, Side::Target }) {
            if ((side == Side::Source && !query.inSource) || (side == Side::Target && !query.inTarget))
                continue;
            const QString &text = side == Side::Source ? s.source.text : s.currentTarget().text;
            for (auto it = re.globalMatch(text); it.hasNext() && hits.size() < limit;) {
                const QRegularExpressionMatch m = it.next();
                if (m.capturedLength() > 0)
                    hits.append({ int(i), side, { int(m.capturedStart()), int(m.capturedLength()) } });
            }
        }
    }
    return hits;
}

QList<std::pair<int, QString>> replaceInTranslations(const Document &document, const SearchQuery &query,
                                                     const QString &replacement)
{
    QList<std::pair<int, QString>> out;
    if (query.text.isEmpty())
        return out;
    const QRegularExpression re = expressionOf(query);
    if (!re.isValid())
        return out;
    for (qsizetype i = 0; i < document.segments.size(); ++i) {
        const Segment &s = document.segments[i];
        if (s.currentTarget().isEmpty())
            continue;
        QString text = s.currentTarget().text;
        if (query.regex) {
            text.replace(re, replacement); // \1 ... are captures
        } else { // plain text stays literal
            QString built;
            qsizetype at = 0;
            for (auto it = re.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                built += QStringView(text).mid(at, m.capturedStart() - at);
                built += replacement;
                at = m.capturedEnd();
            }
            built += QStringView(text).mid(at);
            text = built;
        }
        if (text != s.currentTarget().text)
            out.append({ int(i), text });
    }
    return out;
}

} // namespace bireader
