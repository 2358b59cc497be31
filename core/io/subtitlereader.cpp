#include "subtitlereader.h"

#include "segmentbuilder.h"
#include "subtitles.h"
#include "text/script.h"
#include "textsource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bireader {
namespace {

// Reads and parses one subtitle file; errors name it.
QList<Cue> loadCues(QIODevice &device, const QString &name, QString *error, QString *encoding = nullptr,
                    QStringList *warnings = nullptr)
{
    const DecodedText decoded = readText(device, name);
    if (!decoded.ok()) {
        *error = decoded.error;
        return {};
    }
    if (encoding)
        *encoding = decoded.encoding;
    if (warnings)
        *warnings += decoded.warnings;
    QString problem;
    QStringList lineWarnings;
    QList<Cue> cues = parseSubtitles(decoded.text, &problem, &lineWarnings);
    if (warnings)
        for (const QString &w : std::as_const(lineWarnings))
            *warnings << QCoreApplication::translate("bireader::SubtitleReader", "%1: %2").arg(name, w);
    if (!problem.isEmpty())
        *error = QCoreApplication::translate("bireader::SubtitleReader", "%1: %2").arg(name, problem);
    return cues;
}

bool overlapEnough(const Cue &x, const Cue &y)
{
    const qint64 overlap = std::min(x.endMs, y.endMs) - std::max(x.startMs, y.startMs);
    const qint64 shorter = std::min(x.endMs - x.startMs, y.endMs - y.startMs);
    return overlap > 0 && overlap * 2 >= shorter;
}

int overlappingPairs(const QList<Cue> &a, const QList<Cue> &b)
{
    int count = 0;
    for (qsizetype i = 0, j0 = 0; i < a.size(); ++i) {
        while (j0 < b.size() && b[j0].endMs <= a[i].startMs)
            ++j0;
        for (qsizetype j = j0; j < b.size() && b[j].startMs < a[i].endMs; ++j)
            count += overlapEnough(a[i], b[j]);
    }
    return count;
}

// The most common difference b.start - a.start between cues at similar relative places,
// in 100 ms buckets.
qint64 timeOffset(const QList<Cue> &a, const QList<Cue> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    QHash<qint64, int> votes;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype centre = i * b.size() / a.size();
        for (qsizetype j = std::max<qsizetype>(0, centre - 3); j < std::min(b.size(), centre + 4); ++j)
            ++votes[(b[j].startMs - a[i].startMs) / 100];
    }
    qint64 best = 0;
    int most = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return best * 100;
}

QList<Cue> scaledAndShifted(const QList<Cue> &cues, double scale, qint64 shift)
{
    QList<Cue> out = cues;
    for (Cue &c : out) {
        c.startMs = qint64(double(c.startMs) * scale) - shift;
        c.endMs = qint64(double(c.endMs) * scale) - shift;
    }
    return out;
}

// b's times mapped onto a's by the linear map t * scale - shift that pairs the most cues:
// the scales of the common frame-rate conversions (25 and 23.976 or 24 fps, PAL speed-up)
// and the ratio of the two files' spans, each with its most common delay. A scale other
// than 1 is said in `warnings`, and so is a pairing that leaves most cues alone.
QList<Cue> timeMapped(const QList<Cue> &a, const QList<Cue> &b, const QString &name, QStringList *warnings)
{
    if (a.isEmpty() || b.isEmpty())
        return b;
    QList<double> scales { 1.0, 25.0 / 23.976, 23.976 / 25.0, 24.0 / 23.976, 23.976 / 24.0, 25.0 / 24.0, 24.0 / 25.0 };
    const double spanA = double(a.back().endMs - a.front().startMs), spanB = double(b.back().endMs - b.front().startMs);
    if (spanA > 0 && spanB > 0 && spanA / spanB > 0.9 && spanA / spanB < 1.1)
        scales.append(spanA / spanB);
    QList<Cue> best = b;
    int bestPairs = overlappingPairs(a, b);
    double bestScale = 1.0;
    for (const double scale : std::as_const(scales)) {
        const QList<Cue> scaled = scaledAndShifted(b, scale, 0);
        const QList<Cue> mapped = scaledAndShifted(scaled, 1.0, timeOffset(a, scaled));
        // Another scale must pair clearly more: a tenth more cues than the best so far.
        const int pairs = overlappingPairs(a, mapped);
        if (pairs > bestPairs + (scale == 1.0 ? 0 : std::max(1, bestPairs / 10))) {
            best = mapped;
            bestPairs = pairs;
            bestScale = scale;
        }
    }
    if (bestScale > 1.0)
        *warnings << QCoreApplication::translate("bireader::SubtitleReader",
                                                 "%1: its times run %2% fast (another frame rate); they are scaled "
                                                 "to pair with the other file")
                         .arg(name)
                         .arg((bestScale - 1.0) * 100, 0, 'f', 2);
    else if (bestScale < 1.0)
        *warnings << QCoreApplication::translate("bireader::SubtitleReader",
                                                 "%1: its times run %2% slow (another frame rate); they are scaled "
                                                 "to pair with the other file")
                         .arg(name)
                         .arg((1.0 - bestScale) * 100, 0, 'f', 2);
    const qsizetype fewer = std::min(a.size(), b.size());
    if (bestPairs * 2 < fewer)
        *warnings << QCoreApplication::translate("bireader::SubtitleReader",
                                                 "%1: only %2 of %3 cues meet a cue of the other file in time; the "
                                                 "files may be of different cuts")
                         .arg(name)
                         .arg(bestPairs)
                         .arg(fewer);
    return best;
}

QString languageOf(const ScriptProfile &p, const QString &given)
{
    return !given.isEmpty() ? given : p.language();
}

} // namespace

bool isSubtitleFile(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    return ext == QLatin1String("srt") || ext == QLatin1String("vtt");
}

ImportResult SubtitleReader::read(QIODevice &device, const QString &name, const ImportOptions &options) const
{
    ImportResult result;
    const QList<Cue> cues = loadCues(device, name, &result.error, &result.sourceEncoding, &result.warnings);
    if (!result.error.isEmpty())
        return result;
    // The two scripts of the file, and which comes first in a cue most often.
    ScriptProfile all;
    for (const Cue &c : cues)
        for (const QString &l : c.lines)
            all += ScriptProfile::of(l);
    QList<ScriptFamily> families;
    for (int f = 1; f < int(ScriptFamily::Count); ++f)
        if (all.units(ScriptFamily(f)) > 0)
            families.append(ScriptFamily(f));
    std::sort(families.begin(), families.end(),
              [&](ScriptFamily a, ScriptFamily b) { return all.units(a) > all.units(b); });
    if (families.size() < 2) {
        result.error = QCoreApplication::translate(
                           "bireader::SubtitleReader",
                           "%1: only one language found; a bilingual subtitle file has lines in two scripts")
                           .arg(name);
        return result;
    }
    int firstCounts[2] = { 0, 0 };
    for (const Cue &c : cues)
        if (!c.lines.isEmpty()) {
            const ScriptFamily f = ScriptProfile::of(c.lines.front()).dominant();
            firstCounts[0] += f == families[0];
            firstCounts[1] += f == families[1];
        }
    const ScriptFamily src = firstCounts[0] >= firstCounts[1] ? families[0] : families[1];
    const ScriptFamily tgt = src == families[0] ? families[1] : families[0];

    Document &doc = result.document;
    ScriptProfile sp, tp;
    QList<std::pair<QStringList, QStringList>> split;
    for (const Cue &c : cues) {
        QStringList s, t;
        for (const QString &l : c.lines) {
            const ScriptProfile p = ScriptProfile::of(l);
            const bool isTarget = p.units(tgt) > p.units(src);
            (isTarget ? t : s).append(l);
            (isTarget ? tp : sp) += p;
        }
        split.append({ s, t });
    }
    doc.sourceLanguage = languageOf(sp, options.sourceLanguage);
    doc.targetLanguage = languageOf(tp, options.targetLanguage);
    SegmentBuilder builder(doc.sourceLanguage, doc.targetLanguage, options.dictionary);
    for (qsizetype i = 0; i < cues.size(); ++i) {
        Segment seg;
        const Origin origin { name, int(i) };
        seg.source = builder.side(Side::Source, joinUnits(split[i].first, doc.sourceLanguage), origin);
        seg.target = builder.side(Side::Target, joinUnits(split[i].second, doc.targetLanguage), origin);
        seg.startMs = cues[i].startMs;
        seg.endMs = cues[i].endMs;
        doc.segments.append(std::move(seg));
    }
    builder.aligner().setCancelCheck(options.isCanceled);
    result.canceled = !builder.alignSentences(doc.segments);
    return result;
}

ImportResult importSubtitlePair(QIODevice &source, const QString &sourceName, QIODevice &target,
                                const QString &targetName, const ImportOptions &options)
{
    ImportResult result;
    const QList<Cue> a = loadCues(source, sourceName, &result.error, &result.sourceEncoding, &result.warnings);
    if (!result.error.isEmpty())
        return result;
    QList<Cue> b = loadCues(target, targetName, &result.error, &result.targetEncoding, &result.warnings);
    if (!result.error.isEmpty())
        return result;

    // Two releases of a film differ by a delay and, when one was converted between frame
    // rates, by a factor: b's times mapped linearly onto a's (timeMapped), said when scaled.
    b = timeMapped(a, b, targetName, &result.warnings);
    // Union-find over cues of both files (b's cues numbered after a's).
    const int na = int(a.size()), nb = int(b.size());
    std::vector<int> parent(size_t(na + nb));
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x)
            x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (int i = 0, j0 = 0; i < na; ++i) {
        while (j0 < nb && b[j0].endMs <= a[i].startMs)
            ++j0;
        for (int j = j0; j < nb && b[j].startMs < a[i].endMs; ++j)
            if (overlapEnough(a[i], b[j]))
                parent[size_t(find(i))] = find(na + j);
    }
    // Groups in time order: each is one segment.
    QMap<int, std::pair<QList<int>, QList<int>>> groups;
    for (int i = 0; i < na; ++i)
        groups[find(i)].first.append(i);
    for (int j = 0; j < nb; ++j)
        groups[find(na + j)].second.append(j);
    QList<std::pair<QList<int>, QList<int>>> ordered = groups.values();
    auto startOf = [&](const std::pair<QList<int>, QList<int>> &g) {
        return g.first.isEmpty() ? b[g.second.front()].startMs : a[g.first.front()].startMs;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const auto &x, const auto &y) { return startOf(x) < startOf(y); });

    ScriptProfile sp, tp;
    for (const Cue &c : a)
        for (const QString &l : c.lines)
            sp += ScriptProfile::of(l);
    for (const Cue &c : b)
        for (const QString &l : c.lines)
            tp += ScriptProfile::of(l);
    Document &doc = result.document;
    doc.sourceLanguage = languageOf(sp, options.sourceLanguage);
    doc.targetLanguage = languageOf(tp, options.targetLanguage);
    SegmentBuilder builder(doc.sourceLanguage, doc.targetLanguage, options.dictionary);
    for (const auto &[si, ti] : ordered) {
        Segment seg;
        QStringList s, t;
        qint64 start = -1, end = -1;
        for (int i : si) {
            s += a[i].lines;
            start = start < 0 ? a[i].startMs : std::min(start, a[i].startMs);
            end = std::max(end, a[i].endMs);
        }
        for (int j : ti) {
            t += b[j].lines;
            start = start < 0 ? b[j].startMs : std::min(start, b[j].startMs);
            end = std::max(end, b[j].endMs);
        }
        seg.source = builder.side(Side::Source, joinUnits(s, doc.sourceLanguage),
                                  { sourceName, si.isEmpty() ? -1 : si.front() });
        seg.target = builder.side(Side::Target, joinUnits(t, doc.targetLanguage),
                                  { targetName, ti.isEmpty() ? -1 : ti.front() });
        seg.startMs = start;
        seg.endMs = end;
        doc.segments.append(std::move(seg));
    }
    builder.aligner().setCancelCheck(options.isCanceled);
    result.canceled = !builder.alignSentences(doc.segments);
    return result;
}

} // namespace bireader
