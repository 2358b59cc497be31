#include "subtitles.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace bireader {

qint64 parseCueTime(QStringView time)
{
    // [hh:]mm:ss[,.]mmm
    const QList<QStringView> parts = time.trimmed().split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    qint64 total = 0;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        bool ok = false;
        const int v = parts[i].toInt(&ok);
        if (!ok || v < 0)
            return -1;
        total = total * 60 + v;
    }
    QString last = parts.back().toString();
    last.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double seconds = last.toDouble(&ok);
    if (!ok || seconds < 0 || seconds >= 60)
        return -1;
    return total * 60000 + qint64(seconds * 1000 + 0.5);
}

QString formatCueTime(qint64 ms)
{
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QList<Cue> parseSubtitles(const QString &text, QString *error)
{
    static const QRegularExpression tags(QStringLiteral("</?[a-zA-Z][^>]*>|\\{\\\\[^}]*\\}"));
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList blocks = normalized.split(QRegularExpression(QStringLiteral("\n[ \t]*\n")), Qt::SkipEmptyParts);
    QList<Cue> cues;
    for (const QString &block : blocks) {
        const QStringList lines = block.split(QLatin1Char('\n'));
        qsizetype timing = -1;
        for (qsizetype i = 0; i < lines.size() && i < 3; ++i)
            if (lines[i].contains(QLatin1String("-->"))) {
                timing = i;
                break;
            }
        if (timing < 0)
            continue; // WEBVTT header, NOTE, STYLE, or garbage
        const QString arrow = lines[timing];
        const qsizetype at = arrow.indexOf(QLatin1String("-->"));
        const QString after = arrow.mid(at + 3).trimmed();
        const qint64 start = parseCueTime(arrow.left(at));
        const qint64 end = parseCueTime(after.section(QLatin1Char(' '), 0, 0)); // WebVTT settings follow
        if (start < 0 || end < start)
            continue;
        Cue cue { start, end, {} };
        for (qsizetype i = timing + 1; i < lines.size(); ++i) {
            const QString line = QString(lines[i]).remove(tags).trimmed();
            if (!line.isEmpty())
                cue.lines.append(line);
        }
        cues.append(cue);
    }
    if (cues.isEmpty() && error)
        *error = QCoreApplication::translate("bireader::Subtitles", "no subtitle cues found (SRT or WebVTT expected)");
    return cues;
}

} // namespace bireader
