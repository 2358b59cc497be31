// bireader-cli links: a segment's sentence links, for scripted fixes.
#include "command.h"
#include "edit/projectdocument.h"
#include "project/projectimport.h"
#include "segmentarguments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bireader::cli {
namespace {

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 3)
        return ctx.fail(BadInput, usageOf(linksCommand()));
    ProjectStore store;
    ProjectData data;
    if (const Result<> r = openProject(ctx, store, args[1], data); !r)
        return ctx.fail(BadInput, r.error());
    int segment = -1;
    if (const int code = segmentArgument(args[2], int(data.document.segments.size()), ctx, args[1], segment);
        code != Ok)
        return code;
    const Segment &s = data.document.segments[segment];
    const QString format
        = chosenFormat(p, ctx, QStringLiteral("links"), { QStringLiteral("text"), QStringLiteral("json") });
    if (format.isEmpty())
        return BadInput;
    const bool json = format == QLatin1String("json");
    QJsonArray a;
    for (const Bead &b : s.beads) {
        QStringList source, target;
        for (int i = b.sourceBegin; i < b.sourceEnd(); ++i)
            source << s.source.sentence(i);
        for (int j = b.targetBegin; j < b.targetEnd(); ++j)
            target << s.target.sentence(j);
        if (json) {
            QJsonArray si, ti;
            for (int i = b.sourceBegin; i < b.sourceEnd(); ++i)
                si.append(i + 1);
            for (int j = b.targetBegin; j < b.targetEnd(); ++j)
                ti.append(j + 1);
            a.append(QJsonObject { { QStringLiteral("source"), si },
                                   { QStringLiteral("target"), ti },
                                   { QStringLiteral("confirmed"), b.confirmed },
                                   { QStringLiteral("score"), qRound(b.score * 1000) / 1000.0 },
                                   { QStringLiteral("source_text"), QJsonArray::fromStringList(source) },
                                   { QStringLiteral("target_text"), QJsonArray::fromStringList(target) } });
        } else {
            ctx.out.write(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                              .arg(sentenceNumbers(b.sourceBegin, b.sourceCount),
                                   sentenceNumbers(b.targetBegin, b.targetCount),
                                   b.confirmed ? QStringLiteral("confirmed") : QStringLiteral("aligned"),
                                   source.join(QLatin1Char(' ')), target.join(QLatin1Char(' ')))
                              .toUtf8());
        }
    }
    if (json)
        ctx.out.write(QJsonDocument(a).toJson(QJsonDocument::Indented));
    if (s.isCorrected())
        ctx.err.write(
            tr("note: segment %1 is corrected; these are the machine translation's links\n").arg(segment + 1).toUtf8());
    return Ok;
}

} // namespace

Command linksCommand()
{
    return { QStringLiteral("links"),
             { QStringLiteral("links PROJECT SEGMENT [--format text|json]") },
             "The segment's sentence links: source and target sentence numbers\n"
             "(1-based), aligned or confirmed, and their text.",
             { QStringLiteral("format") },
             &run };
}

} // namespace bireader::cli
