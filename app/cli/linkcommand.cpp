// bireader-cli link: a confirmed sentence link, as the reader's link view makes it.
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
    if (args.size() != 5)
        return ctx.fail(BadInput, usageOf(linkCommand()));
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    if (const Result<> r = openProjectToChange(ctx, store, lock, args[1], data); !r)
        return ctx.fail(BadInput, r.error());
    int segment = -1;
    if (const int code = segmentArgument(args[2], int(data.document.segments.size()), ctx, args[1], segment);
        code != Ok)
        return code;
    const Segment &s = data.document.segments[segment];
    int s0 = 0, s1 = -1, t0 = 0, t1 = -1;
    if (!parseSentences(args[3], int(s.source.sentences.size()), s0, s1)
        || !parseSentences(args[4], int(s.target.sentences.size()), t0, t1))
        return ctx.fail(BadInput,
                        tr("%1: segment %2 has %3 source and %4 target sentences; give each side as "
                           "following numbers like 1,2 or 2-3, or - for none")
                            .arg(args[1])
                            .arg(segment + 1)
                            .arg(s.source.sentences.size())
                            .arg(s.target.sentences.size()));
    if (s1 < s0 && t1 < t0)
        return ctx.fail(BadInput, tr("a link needs a sentence on one side at least"));
    EditedProject edited(store, data);
    ProjectDocument &doc = edited.document();
    if (const QString e = doc.linkSentences(segment, s0, s1, t0, t1); !e.isEmpty())
        return ctx.fail(BadInput, args[1] + QStringLiteral(": ") + e);
    if (!edited.failure().isEmpty())
        return ctx.fail(BadInput, edited.failure());
    ctx.out.write(QStringLiteral("linked %1 %2 in segment %3 (confirmed)\n")
                      .arg(sentenceNumbers(s0, s1 - s0 + 1), sentenceNumbers(t0, t1 - t0 + 1))
                      .arg(segment + 1)
                      .toUtf8());
    return Ok;
}

} // namespace

Command linkCommand()
{
    return { QStringLiteral("link"),
             { QStringLiteral("link PROJECT SEGMENT SOURCE TARGET") },
             "Link source sentences with target sentences (e.g. 1,2 1,2 or 2-3 -;\n"
             "- for none) and confirm the link: re-alignment keeps it.",
             {},
             &run };
}

} // namespace bireader::cli
