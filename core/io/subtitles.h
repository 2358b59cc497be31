#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bireader {

// One subtitle cue: its time span and its text lines.
struct Cue {
    qint64 startMs = 0;
    qint64 endMs = 0;
    QStringList lines;
};

// Parses SRT or WebVTT text (WebVTT when it starts with "WEBVTT"). Cue numbers, WebVTT
// identifiers, settings and NOTE/STYLE blocks are skipped; "<i>" style tags removed.
// Returns no cue and sets *error when no cue can be read. A cue whose times cannot be read
// or run backwards is kept (placed after the one before, or its times swapped) and said
// in *warnings ("line N: ..."). Ruby readings (<rt>) are not text.
QList<Cue> parseSubtitles(const QString &text, QString *error = nullptr, QStringList *warnings = nullptr);

// "00:01:02,500" or "01:02.500" -> milliseconds, -1 when malformed.
qint64 parseCueTime(QStringView time);
QString formatCueTime(qint64 ms); // "00:01:02.500"

} // namespace bireader
