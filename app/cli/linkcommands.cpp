// bireader-cli links / link / realign: the sentence links of a project, for scripted fixes.
#include "commands.h"
#include "edit/projectdocument.h"
#include "project/projectimport.h"
#include "projectaccess.h"
#include "projectcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bireader::cli {
namespace {

// "1,2" or "2-3" or "-" (none): 1-based sentence numbers, contiguous.
bool parseSentences(const QString &text, int count, int &first, int &last)
{
    if (text == QLatin1String("-")) {
        first = 0;
        last = -1;
        return true;
    }
    QList<int> numbers;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.split(QLatin1Char('-'));
        bool ok1 = false, ok2 = true;
        const int a = range[0].toInt(&ok1), b = range.size() == 2 ? range[1].toInt(&ok2) : a;
        // Checked against the segment before anything is built: 1-2147483647 is a typo, not a loop.
        if (!ok1 || !ok2 || range.size() > 2 || a > b || a < 1 || b > count)
            return false;
        for (int k = a; k <= b; ++k)
            numbers.append(k);
    }
    if (numbers.isEmpty())
        return false;
    std::sort(numbers.begin(), numbers.end());
    for (qsizetype k = 1; k < numbers.size(); ++k)
        if (numbers[k] != numbers[k - 1] + 1)
            return false; // a link's sentences follow each other
    first = numbers.front() - 1;
    last = numbers.back() - 1;
    return first >= 0 && last < count;
}

QString numbers(int begin, int count)
{
    if (count == 0)
        return QStringLiteral("-");
    QStringList out;
    for (int k = begin; k < begin + count; ++k)
        out << QString::number(k + 1);
    return out.join(QLatin1Char(','));
}

int segmentArgument(const QString &text, int count, const Context &ctx, const QString &project, int &segment)
{
    bool ok = false;
    segment = text.toInt(&ok) - 1;
    if (!ok || segment < 0 || segment >= count)
        return ctx.fail(BadInput, tr("%1: no segment %2 (the project has %3)").arg(project, text).arg(count));
    return Ok;
}

} // namespace

int linksCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 3)
        return ctx.fail(BadInput, tr("usage: links PROJECT SEGMENT [--format text|json]"));
    ProjectStore store;
    ProjectData data;
    if (const Result<> r = openProject(ctx, store, args[1], data); !r)
        return ctx.fail(BadInput, r.error());
    int segment = -1;
    if (const int code = segmentArgument(args[2], int(data.document.segments.size()), ctx, args[1], segment);
        code != Ok)
        return code;
    const Segment &s = data.document.segments[segment];
    const QString format = p.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
        return ctx.fail(BadInput, tr("unknown format '%1' for links (text or json)").arg(format));
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
                              .arg(numbers(b.sourceBegin, b.sourceCount), numbers(b.targetBegin, b.targetCount),
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

int linkCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 5)
        return ctx.fail(BadInput,
                        tr("usage: link PROJECT SEGMENT SOURCE_SENTENCES TARGET_SENTENCES (e.g. 1,2 1,2; - for none)"));
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
                      .arg(numbers(s0, s1 - s0 + 1), numbers(t0, t1 - t0 + 1))
                      .arg(segment + 1)
                      .toUtf8());
    return Ok;
}

int realignCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return ctx.fail(BadInput, tr("usage: realign PROJECT [--from N] [--to M] [--dict FILE]"));
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

} // namespace bireader::cli
