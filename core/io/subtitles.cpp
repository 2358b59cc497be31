#include "subtitles.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

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
        const qint64 v = parts[i].toLongLong(&ok);
        if (!ok || v < 0 || v >= 100000) // no film runs 100,000 hours: an overflow, not a time
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

namespace {

// "00:01:02,345 --> 00:01:04,000" (SRT) or "01:02.345 --> 01:04.000 align:start" (WebVTT):
// true for a timing line, its times -1 where they cannot be read.
bool parseTiming(const QString &line, qint64 *start, qint64 *end)
{
    const qsizetype at = line.indexOf(QLatin1String("-->"));
    if (at < 0)
        return false;
    *start = parseCueTime(QStringView(line).left(at));
    *end = parseCueTime(line.mid(at + 3).trimmed().section(QLatin1Char(' '), 0, 0)); // settings follow
    return true;
}

bool isCueNumber(const QString &line)
{
    bool ok = false;
    line.trimmed().toLongLong(&ok);
    return ok;
}

// Cue text as shown: markup (<i>, <c.yellow>, <v Speaker>, {\an8}) and WebVTT's inline
// timestamps (<00:00:01.000>) removed, character references decoded.
QString cueText(const QString &line)
{
    static const QRegularExpression markup(
        QStringLiteral("</?[a-zA-Z][^>]*>|<\\d{1,2}(:\\d{2}){1,2}[.,]\\d{1,3}>|\\{\\\\[^}]*\\}"));
    static const QRegularExpression reference(QStringLiteral("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});"));
    // Ruby annotations (<ruby>再<rt>zài</rt></ruby>) are readings over the text, not text.
    static const QRegularExpression annotation(QStringLiteral("<(rt|rp)(\\s[^>]*)?>.*?(</\\1>|(?=</ruby>)|$)"));
    QString text = QString(line).remove(annotation).remove(markup);
    QString out;
    qsizetype from = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        char32_t c = 0;
        if (name.startsWith(QLatin1String("#x")))
            c = char32_t(name.mid(2).toUInt(nullptr, 16));
        else if (name.startsWith(QLatin1Char('#')))
            c = char32_t(name.mid(1).toUInt());
        else if (name == QLatin1String("amp"))
            c = u'&';
        else if (name == QLatin1String("lt"))
            c = u'<';
        else if (name == QLatin1String("gt"))
            c = u'>';
        else if (name == QLatin1String("quot"))
            c = u'"';
        else if (name == QLatin1String("apos"))
            c = u'\'';
        else if (name == QLatin1String("nbsp"))
            c = 0xA0;
        else if (name == QLatin1String("lrm") || name == QLatin1String("rlm"))
            c = 0xFFFF; // direction marks: dropped
        if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            continue; // not a reference we know: kept as written
        out += QStringView(text).mid(from, m.capturedStart() - from);
        if (c != 0xFFFF)
            out += QString::fromUcs4(&c, 1);
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out.trimmed();
}

} // namespace

QList<Cue> parseSubtitles(const QString &text, QString *error, QStringList *warnings)
{
    auto warn = [warnings](qsizetype line, const QString &what) {
        if (warnings)
            *warnings << QCoreApplication::translate("bireader::Subtitles", "line %1: %2").arg(line + 1).arg(what);
    };
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    // A timing line starts a cue wherever it is; a blank line ends the cue's text. Files
    // whose cues are not separated by blank lines exist: there the cue number before a
    // timing line is the next cue's, not text of this one.
    QList<Cue> cues;
    bool inCue = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        qint64 start = 0, end = 0;
        if (parseTiming(line, &start, &end)) {
            if (inCue && !cues.back().lines.isEmpty() && i > 0 && isCueNumber(lines[i - 1]))
                cues.back().lines.removeLast();
            // A cue with a bad time keeps its text: placed after the one before, and said.
            const qint64 previousEnd = cues.isEmpty() ? 0 : cues.back().endMs;
            if (start < 0 || end < 0) {
                warn(i,
                     QCoreApplication::translate("bireader::Subtitles",
                                                 "a time that cannot be read (%1); the cue is kept after the "
                                                 "one before")
                         .arg(line.trimmed().left(60)));
                start = start < 0 ? previousEnd : start;
                end = std::max(end, start); // unreadable, or before the start now put in its place
            } else if (end < start) {
                warn(i,
                     QCoreApplication::translate("bireader::Subtitles",
                                                 "the cue ends before it starts (%1); its times are swapped")
                         .arg(line.trimmed().left(60)));
                std::swap(start, end);
            }
            cues.append({ start, end, {} });
            inCue = true;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            inCue = false;
            continue;
        }
        if (inCue)
            if (const QString shown = cueText(line); !shown.isEmpty())
                cues.back().lines.append(shown);
        // Outside a cue: a WEBVTT header, NOTE or STYLE block, a cue identifier.
    }
    if (cues.isEmpty() && error)
        *error = QCoreApplication::translate("bireader::Subtitles", "no subtitle cues found (SRT or WebVTT expected)");
    return cues;
}

} // namespace bireader
