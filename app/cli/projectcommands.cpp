#include "projectcommands.h"

#include "commands.h"
#include "edit/projectdocument.h"
#include "export/exporter.h"
#include "glossary/glossaryformats.h"
#include "glossary/glossaryset.h"
#include "glossary/reading.h"
#include "io/tmxreader.h"
#include "project/projectimport.h"
#include "projectaccess.h"
#include "qa/qacheck.h"
#include "qa/qareport.h"
#include "store/projectlock.h"
#include "store/projectstore.h"
#include "text/encoding.h"
#include "text/filechecks.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bireader::cli {
namespace {

QJsonObject rangeJson(const TextRange &r)
{
    return { { QStringLiteral("start"), r.start }, { QStringLiteral("length"), r.length } };
}

} // namespace

int projectCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.value(1) != QLatin1String("create") || args.size() != 3)
        return ctx.fail(BadInput, tr("usage: project create FILE.bireader --from FILE [--from FILE]"));
    const QStringList from = p.values(QStringLiteral("from"));
    if (from.isEmpty() || from.size() > 2)
        return ctx.fail(BadInput,
                        tr("project create needs --from FILE (interleaved) or --from SOURCE --from TRANSLATION"));
    if (const QString e = checkInputs(from); !e.isEmpty())
        return ctx.fail(BadInput, e);
    // A new project, never over an input, nor over an existing file unless --force.
    const OutputGuard guard { from, p.isSet(QStringLiteral("force")), true };
    if (const QString e = guard.check(args[2]); !e.isEmpty())
        return ctx.fail(BadInput, e);
    ProjectLock lock;
    if (QFileInfo::exists(args[2]))
        if (const QString e = lock.tryLock(args[2]); !e.isEmpty())
            return ctx.fail(BadInput, e);
    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    const ImportOptions options = importOptions(p, dict);

    const ImportResult r = importFiles(from, options);
    if (!r.ok())
        return ctx.fail(BadInput, r.error);
    ctx.warn(r.warnings);
    const ProjectData data = projectFromImport(r, from);
    ProjectStore store;
    if (const Result<> r = store.create(args[2], data); !r)
        return ctx.fail(BadInput, r.error());
    ctx.out.write(tr("%1: %2 segments, %3 paired (%4 to %5)\n")
                      .arg(args[2])
                      .arg(data.document.segments.size())
                      .arg(data.document.pairedCount())
                      .arg(data.document.sourceLanguage, data.document.targetLanguage)
                      .toUtf8());
    return Ok;
}

int glossaryCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    const QString verb = args.value(1);
    if (verb == QLatin1String("attach") || verb == QLatin1String("detach"))
        return glossaryAttachCommand(p, ctx);
    if ((verb != QLatin1String("import") && verb != QLatin1String("export")) || args.size() != 4)
        return ctx.fail(BadInput, tr("usage: glossary import|export|attach|detach PROJECT FILE"));
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    if (verb == QLatin1String("export")) {
        if (const Result<> r = openProject(ctx, store, args[2], data); !r)
            return ctx.fail(BadInput, r.error());
        // Never over the project, nor over a glossary file it attaches (its terms would be lost).
        const OutputGuard guard { QStringList { args[2] } + data.attachedGlossaries, p.isSet(QStringLiteral("force")),
                                  false };
        if (const QString e = guard.check(args[3]); !e.isEmpty())
            return ctx.fail(BadInput, e);
        if (const Result<> r = saveGlossaryFile(data.glossary, args[3]); !r)
            return ctx.fail(BadInput, r.error());
        ctx.out.write(tr("%1: %2 terms\n").arg(args[3]).arg(data.glossary.entries.size()).toUtf8());
        return Ok;
    }
    if (const Result<> r = openProjectToChange(ctx, store, lock, args[2], data); !r)
        return ctx.fail(BadInput, r.error());
    const GlossaryReadResult r = loadGlossaryFile(args[3]);
    if (!r.ok())
        return ctx.fail(BadInput, r.error);
    Dictionary dict;
    if (const QString e = loadDictionary(p, dict); !e.isEmpty())
        return ctx.fail(BadInput, e);
    ReadingFinder readings(dict.isEmpty() ? nullptr : &dict);
    const bool chineseSource = data.document.sourceLanguage.startsWith(QLatin1String("zh"));
    const qsizetype before = data.glossary.entries.size();
    Glossary read = r.glossary;
    if (orientGlossary(read, data.document.sourceLanguage, data.document.targetLanguage))
        ctx.warn({ tr("%1: its terms are in %2, the project's translation language; read the other way round")
                       .arg(args[3], r.glossary.sourceLanguage) });
    QList<TermEntry> entries = read.entries;
    if (chineseSource)
        for (TermEntry &e : entries)
            if (e.reading.isEmpty())
                e.reading = readings.reading(e.source); // the dictionary's word reading, else ICU Han-Latin
    data.glossary.merge(entries);
    if (const Result<> r = store.saveGlossary(data.glossary); !r)
        return ctx.fail(BadInput, r.error());
    ctx.out.write(tr("%1: %2 terms read, %3 new, %4 rows skipped\n")
                      .arg(args[3])
                      .arg(r.glossary.entries.size())
                      .arg(data.glossary.entries.size() - before)
                      .arg(r.skippedRows)
                      .toUtf8());
    return Ok;
}

int exportCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    const auto format = exportFormatFromName(p.value(QStringLiteral("format")));
    if (args.size() != 2 || !p.isSet(QStringLiteral("output")))
        return ctx.fail(
            BadInput, tr("usage: export PROJECT --format md|html|tmx|xliff|xliff2|anki|anki-cloze|txt|target -o FILE"));
    if (!format)
        return ctx.fail(BadInput,
                        tr("unknown export format '%1' (md, html, tmx, xliff, xliff2, anki, anki-cloze, txt or target)")
                            .arg(p.value(QStringLiteral("format"))));
    ProjectStore store;
    ProjectData data;
    if (const Result<> r = openProject(ctx, store, args[1], data); !r)
        return ctx.fail(BadInput, r.error());
    const QString output = p.value(QStringLiteral("output"));
    const OutputGuard guard { QStringList { args[1] } + data.attachedGlossaries, p.isSet(QStringLiteral("force")),
                              false };
    if (const QString e = guard.check(output); !e.isEmpty())
        return ctx.fail(BadInput, e);
    ExportOptions options;
    Dictionary dict;
    if (p.isSet(QStringLiteral("ruby"))) {
        if (*format != ExportFormat::Html)
            return ctx.fail(BadInput, tr("--ruby is for --format html"));
        if (const QString e = loadDictionary(p, dict); !e.isEmpty())
            return ctx.fail(BadInput, e);
        options.ruby = true;
        options.dictionary = dict.size() ? &dict : nullptr;
    }
    if (p.isSet(QStringLiteral("confirmed"))) {
        if (*format != ExportFormat::Tmx && *format != ExportFormat::Xliff && *format != ExportFormat::Xliff2)
            return ctx.fail(BadInput, tr("--confirmed is for --format tmx, xliff or xliff2"));
        options.confirmedOnly = true;
    }
    if (const Result<> r = exportToFile(data, *format, output, options); !r)
        return ctx.fail(BadInput, r.error());
    return Ok;
}

int qaCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return ctx.fail(
            BadInput,
            tr("usage: qa PROJECT [--format text|json|csv|html] [--kind KIND,...] [--accept KEY ...] [-o FILE]"));
    const QString format
        = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text") : p.value(QStringLiteral("format"));
    if (!QStringList { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html") }
             .contains(format))
        return ctx.fail(BadInput, tr("unknown format '%1' for qa (text, json, csv or html)").arg(format));
    QSet<FindingKind> kinds; // --kind term,numbers: only these (names from the table of kinds)
    for (const QString &name :
         p.values(QStringLiteral("kind")).join(QLatin1Char(',')).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<FindingKind> kind = findingKindFromName(name.trimmed());
        if (!kind) {
            QStringList names;
            for (const FindingKindInfo &info : allFindingKinds())
                names << QString::fromLatin1(info.name);
            return ctx.fail(BadInput, tr("unknown finding kind '%1' (%2)").arg(name, names.join(QStringLiteral(", "))));
        }
        kinds.insert(*kind);
    }
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    const QStringList accept = p.values(QStringLiteral("accept"));
    if (const Result<> r = accept.isEmpty() ? openProject(ctx, store, args[1], data)
                                            : openProjectToChange(ctx, store, lock, args[1], data);
        !r)
        return ctx.fail(BadInput, r.error());
    // The project's glossary, then its attached files, then the user's glossary.
    const Glossary glossary = glossaryOf(ctx, data);
    if (!accept.isEmpty()) { // only keys of findings there are: a mistyped key is an error, not a stored row
        QSet<QString> keys;
        for (const Finding &f : runQa({ data.document, glossary }, {}))
            keys.insert(f.key());
        for (const QString &key : accept)
            if (!keys.contains(key))
                return ctx.fail(
                    BadInput,
                    tr("%1: no finding has the key '%2' (the keys are in qa --format json)").arg(args[1], key));
    }
    for (const QString &key : accept) {
        if (const Result<> r = store.setAccepted(key, true); !r)
            return ctx.fail(BadInput, r.error());
        data.acceptedFindings.insert(key);
    }
    QList<Finding> findings = runQa({ data.document, glossary }, data.acceptedFindings);
    if (!kinds.isEmpty())
        findings.removeIf([&](const Finding &f) { return !kinds.contains(f.kind); });
    QByteArray report;
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const Finding &f : findings)
            a.append(QJsonObject { { QStringLiteral("segment"), f.segment + 1 },
                                   { QStringLiteral("kind"), findingKindName(f.kind) },
                                   { QStringLiteral("message"), f.message },
                                   { QStringLiteral("source"), rangeJson(f.sourceRange) },
                                   { QStringLiteral("target"), rangeJson(f.targetRange) },
                                   { QStringLiteral("key"), f.key() } });
        report = QJsonDocument(a).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("csv") || format == QLatin1String("html")) { // as the QA dock saves it
        report = (format == QLatin1String("csv")
                      ? qaReportCsv(data.document, findings)
                      : qaReportHtml(data.document, findings,
                                     tr("QA report: %1").arg(QFileInfo(args[1]).completeBaseName())))
                     .toUtf8();
    } else {
        for (const Finding &f : findings)
            report
                += QStringLiteral("%1\t%2\t%3\n").arg(f.segment + 1).arg(findingKindName(f.kind), f.message).toUtf8();
    }
    return writeOutput(p, ctx, report, { args[1] });
}

int editCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 && args.size() != 4)
        return ctx.fail(BadInput,
                        tr("usage: edit PROJECT [SEGMENT TEXT], or edit PROJECT with SEGMENT<TAB>TEXT lines "
                           "on standard input"));
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    if (const Result<> r = openProjectToChange(ctx, store, lock, args[1], data); !r)
        return ctx.fail(BadInput, r.error());
    EditedProject edited(store, data);
    ProjectDocument &doc = edited.document();
    // Each edit goes through the document (as in the reader) and is committed before the
    // next line is read; "committed N" says so.
    auto apply = [&](const QString &segment, const QString &text) -> int {
        bool ok = false;
        const int n = segment.toInt(&ok);
        if (!ok || n < 1 || n > doc.segmentCount())
            return ctx.fail(BadInput,
                            tr("%1: no segment %2 (the project has %3)").arg(args[1], segment).arg(doc.segmentCount()));
        doc.editTranslations({ { n - 1, text } }, tr("Edit translation"));
        if (!edited.failure().isEmpty())
            return ctx.fail(BadInput, edited.failure());
        ctx.out.write(QStringLiteral("committed %1\n").arg(n).toUtf8());
        if (auto *file = qobject_cast<QFileDevice *>(&ctx.out))
            file->flush();
        return Ok;
    };
    if (args.size() == 4)
        return apply(args[2], args[3]);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return ctx.fail(InternalError, tr("cannot read standard input"));
    int lineNumber = 0;
    while (!in.atEnd()) {
        QByteArray bytes = in.readLine();
        ++lineNumber;
        // Only the line ending goes: spaces at either end of a correction are the user's.
        while (bytes.endsWith('\n') || bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.trimmed().isEmpty())
            continue;
        // A line in another encoding than UTF-8 (a GBK terminal) is read as what it is, and said.
        const DecodedText decoded = decodeText(bytes, tr("standard input line %1").arg(lineNumber));
        if (!decoded.ok())
            return ctx.fail(BadInput, decoded.error);
        if (decoded.encoding != QLatin1String("UTF-8"))
            ctx.warn({ tr("standard input line %1: not UTF-8, read as %2").arg(lineNumber).arg(decoded.encoding) });
        ctx.warn(decoded.warnings);
        const QString line = decoded.text;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab < 0)
            return ctx.fail(BadInput, tr("standard input: expected SEGMENT<TAB>TEXT, got '%1'").arg(line.left(40)));
        if (const int code = apply(line.left(tab).trimmed(), line.mid(tab + 1)); code != Ok)
            return code;
    }
    return Ok;
}

} // namespace bireader::cli
