// bireader-cli edit: corrections of a project's translations, one or a stream of them.
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

int run(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 && args.size() != 4)
        return ctx.fail(BadInput, usageOf(editCommand()));
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

} // namespace

Command editCommand()
{
    return { QStringLiteral("edit"),
             { QStringLiteral("edit PROJECT [SEGMENT TEXT]") },
             "Correct the translation of a segment (1-based); the original stays. Without\n"
             "SEGMENT TEXT, reads SEGMENT<TAB>TEXT lines from standard input and prints\n"
             "'committed N' once each edit is in the file.",
             {},
             &run };
}

} // namespace bireader::cli
