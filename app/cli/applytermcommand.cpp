// bireader-cli apply-term: the reader's Apply Term, for scripts and for measuring it.
#include "command.h"
#include "edit/applyterm.h"
#include "edit/projectdocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bireader::cli {
namespace {

int entryFor(const Glossary &glossary, const QString &term)
{
    for (qsizetype e = 0; e < glossary.entries.size(); ++e)
        if (glossary.entries[e].source.compare(term, Qt::CaseInsensitive) == 0)
            return int(e);
    return -1;
}

QJsonValue orNull(const QString &s, bool present)
{
    return present ? QJsonValue(s) : QJsonValue();
}

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 3)
        return ctx.fail(BadInput, usageOf(applyTermCommand()));
    const QString format
        = chosenFormat(p, ctx, QStringLiteral("apply-term"), { QStringLiteral("text"), QStringLiteral("json") });
    if (format.isEmpty())
        return BadInput;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    if (const Result<> r
        = dryRun ? openProject(ctx, store, args[1], data) : openProjectToChange(ctx, store, lock, args[1], data);
        !r)
        return ctx.fail(BadInput, r.error());
    const int entry = entryFor(data.glossary, args[2]);
    if (entry < 0)
        return ctx.fail(BadInput, tr("%1: the glossary has no entry for '%2'").arg(args[1], args[2]));
    if (data.glossary.entries[entry].approved.isEmpty())
        return ctx.fail(BadInput, tr("%1: '%2' has no approved rendering in the glossary").arg(args[1], args[2]));

    const QList<TermReplacement> proposals = termReplacements(data, entry, dict.isEmpty() ? nullptr : &dict);
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const TermReplacement &r : proposals) {
            const bool found = r.range.length > 0;
            const QString &text = data.document.segments[r.segment].currentTarget().text;
            QJsonArray alternatives;
            for (const TextRange &alt : r.alternatives)
                alternatives.append(text.mid(alt.start, alt.length));
            a.append(QJsonObject { { QStringLiteral("segment"), r.segment + 1 },
                                   { QStringLiteral("found"), orNull(r.found, found) },
                                   { QStringLiteral("start"), found ? QJsonValue(r.range.start) : QJsonValue() },
                                   { QStringLiteral("length"), found ? QJsonValue(r.range.length) : QJsonValue() },
                                   { QStringLiteral("replacement"), r.replacement },
                                   { QStringLiteral("alternatives"), alternatives } });
        }
        ctx.out.write(QJsonDocument(a).toJson(QJsonDocument::Indented));
    } else {
        for (const TermReplacement &r : proposals)
            ctx.out.write((r.range.length > 0
                               ? QStringLiteral("%1\t%2\t%3\n").arg(r.segment + 1).arg(r.found, r.replacement)
                               : QStringLiteral("%1\t\t(no rendering found: fix by hand)\n").arg(r.segment + 1))
                              .toUtf8());
    }
    if (dryRun)
        return Ok;
    EditedProject edited(store, data);
    ProjectDocument &doc = edited.document();
    applyTermReplacements(doc, proposals);
    if (!edited.failure().isEmpty())
        return ctx.fail(BadInput, edited.failure());
    const auto replaced
        = std::count_if(proposals.begin(), proposals.end(), [](const auto &r) { return r.range.length > 0; });
    ctx.err.write(tr("replaced %1 renderings of '%2'\n").arg(replaced).arg(args[2]).toUtf8());
    return Ok;
}

} // namespace

Command applyTermCommand()
{
    return { QStringLiteral("apply-term"),
             { QStringLiteral("apply-term PROJECT TERM [--dry-run] [--format text|json] [--dict FILE]") },
             "Put the glossary's approved rendering of TERM in place of how each\n"
             "translation renders it (a forbidden rendering, or the span found from\n"
             "the dictionary's glosses, the pinyin and the document); one step.\n"
             "--dry-run: only list the proposals (JSON: segment is 1-based).",
             { QStringLiteral("dry-run"), QStringLiteral("format"), QStringLiteral("dict") },
             &run };
}

} // namespace bireader::cli
