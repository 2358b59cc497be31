#include "glossformat.h"

#include "reading.h"

#include <QRegularExpression>

namespace bireader {

QString readableGloss(const QString &gloss)
{
    // WORD or TRAD|SIMP, then [numbered pinyin]: the simplified form and marked pinyin.
    static const QRegularExpression reference(
        QStringLiteral("([^\\s,;:|\\[\\]()]+)(?:\\|([^\\s,;:|\\[\\]()]+))?\\[([^\\]]*)\\]"));
    QString out;
    qsizetype from = 0;
    for (auto it = reference.globalMatch(gloss); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(gloss).mid(from, m.capturedStart() - from);
        const QString word = m.captured(2).isEmpty() ? m.captured(1) : m.captured(2);
        out += word + QLatin1Char(' ') + numberedPinyinToMarks(m.captured(3));
        from = m.capturedEnd();
    }
    out += QStringView(gloss).mid(from);
    if (out.startsWith(QLatin1String("CL:")) && !out.startsWith(QLatin1String("CL: ")))
        out.insert(3, QLatin1Char(' '));
    out.replace(QRegularExpression(QStringLiteral(",(?=\\S)")), QStringLiteral(", "));
    return out;
}

bool isProperNounReading(const QString &numberedReading)
{
    return !numberedReading.isEmpty() && numberedReading.front().isUpper();
}

} // namespace bireader
