// bireader-cli qa: the QA checks of a project, as text, JSON or a report.
#include "command.h"
#include "edit/projectdocument.h"
#include "export/exporter.h"
#include "glossary/glossaryformats.h"
#include "glossary/glossaryset.h"
#include "glossary/reading.h"
#include "io/tmxreader.h"
#include "project/projectimport.h"
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

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return ctx.fail(BadInput, usageOf(qaCommand()));
    const QString format = chosenFormat(
        p, ctx, QStringLiteral("qa"),
        { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html") });
    if (format.isEmpty())
        return BadInput;
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

} // namespace

Command qaCommand()
{
    return { QStringLiteral("qa"),
             { QStringLiteral(
                 "qa PROJECT [--format text|json|csv|html] [--kind KIND,...] [--accept KEY ...] [-o FILE]") },
             "Check the translation: terms, inconsistencies (both ways), untranslated\n"
             "text, numbers, missing segments, length outliers, unpaired brackets and\n"
             "quotes, repeated words, spaces, web and e-mail addresses, tags and\n"
             "placeholders. csv and html write a report. --accept marks a finding\n"
             "(its key from --format json) as accepted: it stops showing. --kind: only\n"
             "findings of these kinds: {kinds}.",
             { QStringLiteral("format"), QStringLiteral("kind"), QStringLiteral("accept"), QStringLiteral("output"),
               QStringLiteral("force") },
             &run };
}

} // namespace bireader::cli
