// bireader-cli realign: a stretch of segments aligned again around the confirmed links.
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
    if (args.size() != 2)
        return ctx.fail(BadInput, usageOf(realignCommand()));
    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    if (const Result<> r = openProjectToChange(ctx, store, lock, args[1], data); !r)
        return ctx.fail(BadInput, r.error());
    const int count = int(data.document.segments.size());
    int from = 0, to = count - 1;
    if (p.isSet(QStringLiteral("from"))
        && segmentArgument(p.value(QStringLiteral("from")), count, ctx, args[1], from) != Ok)
        return BadInput;
    if (p.isSet(QStringLiteral("to")) && segmentArgument(p.value(QStringLiteral("to")), count, ctx, args[1], to) != Ok)
        return BadInput;
    if (from > to)
        std::swap(from, to);
    const QList<std::pair<int, Alignment>> links
        = realignedLinks(data.document, from, to - from + 1, dict.isEmpty() ? nullptr : &dict);
    EditedProject edited(store, data);
    ProjectDocument &doc = edited.document();
    int changed = 0, anchors = 0;
    for (const auto &[segment, beads] : links) {
        changed += doc.segment(segment).beads != beads ? 1 : 0;
        anchors += int(std::count_if(beads.begin(), beads.end(), [](const Bead &b) { return b.confirmed; }));
    }
    doc.setLinks(links, tr("Re-align links"));
    if (!edited.failure().isEmpty())
        return ctx.fail(BadInput, edited.failure());
    ctx.out.write(tr("re-aligned segments %1-%2: %3 changed, %4 confirmed links kept\n")
                      .arg(from + 1)
                      .arg(to + 1)
                      .arg(changed)
                      .arg(anchors)
                      .toUtf8());
    return Ok;
}

} // namespace

Command realignCommand()
{
    return { QStringLiteral("realign"),
             { QStringLiteral("realign PROJECT [--from N] [--to M] [--dict FILE]") },
             "Align the sentence links again around the confirmed ones.",
             { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("dict") },
             &run };
}

} // namespace bireader::cli
