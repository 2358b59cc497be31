#include "links.h"

#include <QRegularExpression>

namespace bireader {

QUrl webLinkAt(QStringView text, int position, TextRange *range)
{
    static const QRegularExpression link(QStringLiteral("https?://[^\\s<>\"“”「」（）。，；：！？、]+"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(u"://")) // most text has no address: no regex, no copy (called on every mouse move)
        return {};
    const QString subject = text.toString();
    for (auto it = link.globalMatch(subject); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        int start = int(m.capturedStart()), end = int(m.capturedEnd());
        // Sentence punctuation after an address belongs to the sentence.
        while (end > start && QStringLiteral(".,;:!?'。，；：！？、").contains(text[end - 1]))
            --end;
        if (end > start && text[end - 1] == QLatin1Char(')')
            && !text.mid(start, end - start).contains(QLatin1Char('(')))
            --end;
        if (position < start || position >= end)
            continue;
        const QUrl url(text.mid(start, end - start).toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return {};
        if (range)
            *range = { start, end - start };
        return url;
    }
    return {};
}

} // namespace bireader
