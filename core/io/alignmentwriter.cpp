#include "alignmentwriter.h"

#include "textsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bireader {
namespace {

QString indices(int begin, int count)
{
    QStringList parts;
    for (int i = begin; i < begin + count; ++i)
        parts.append(QString::number(i));
    return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    return s;
}

QString unitsOf(const QStringList &units, int begin, int count, const QString &language)
{
    return joinUnits(units.mid(begin, count), language);
}

} // namespace

QByteArray formatBeads(const Alignment &beads)
{
    QByteArray out;
    for (const Bead &b : beads)
        out += (indices(b.sourceBegin, b.sourceCount) + QLatin1Char(':') + indices(b.targetBegin, b.targetCount))
                   .toUtf8()
            + '\n';
    return out;
}

QByteArray formatTsv(const Alignment &beads, const QStringList &source, const QStringList &target, const QString &sl,
                     const QString &tl)
{
    QByteArray out;
    for (const Bead &b : beads)
        out += (oneLine(unitsOf(source, b.sourceBegin, b.sourceCount, sl)) + QLatin1Char('\t')
                + oneLine(unitsOf(target, b.targetBegin, b.targetCount, tl)))
                   .toUtf8()
            + '\n';
    return out;
}

QByteArray formatJson(const Alignment &beads, const QStringList &source, const QStringList &target, const QString &sl,
                      const QString &tl)
{
    QJsonArray array;
    for (const Bead &b : beads) {
        QJsonObject o;
        o.insert(QStringLiteral("source"), unitsOf(source, b.sourceBegin, b.sourceCount, sl));
        o.insert(QStringLiteral("target"), unitsOf(target, b.targetBegin, b.targetCount, tl));
        o.insert(QStringLiteral("score"), qRound(b.score * 1000) / 1000.0);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray formatAlignment(AlignmentFormat format, const Alignment &beads, const QStringList &source,
                           const QStringList &target, const QString &sl, const QString &tl)
{
    switch (format) {
    case AlignmentFormat::Beads:
        return formatBeads(beads);
    case AlignmentFormat::Tsv:
        return formatTsv(beads, source, target, sl, tl);
    case AlignmentFormat::Json:
        return formatJson(beads, source, target, sl, tl);
    }
    return {};
}

QByteArray formatPairs(PairsFormat format, const Document &document)
{
    if (format == PairsFormat::Tsv) {
        QByteArray out;
        for (const Segment &s : document.segments)
            out += (oneLine(s.source.text) + QLatin1Char('\t') + oneLine(s.target.text)).toUtf8() + '\n';
        return out;
    }
    QJsonArray array;
    for (const Segment &s : document.segments) {
        QJsonObject o;
        o.insert(QStringLiteral("source"), s.source.isEmpty() ? QJsonValue() : QJsonValue(s.source.text));
        o.insert(QStringLiteral("target"), s.target.isEmpty() ? QJsonValue() : QJsonValue(s.target.text));
        if (s.startMs >= 0) { // subtitle cue times
            o.insert(QStringLiteral("start_ms"), double(s.startMs));
            o.insert(QStringLiteral("end_ms"), double(s.endMs));
        }
        if (s.excluded) // set aside as not part of the article (page chrome, footer)
            o.insert(QStringLiteral("excluded"), true);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace bireader
