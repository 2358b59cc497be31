// bireader-cli glossary attach|detach: glossary files a project uses besides its own, kept as
// files (a team's shared glossary) and read again at each use.
#include "commands.h"
#include "glossary/glossaryformats.h"
#include "projectaccess.h"
#include "projectcommands.h"

#include <QFileInfo>

namespace bireader::cli {

int glossaryAttachCommand(const QCommandLineParser &p, const Context &ctx)
{
    const QStringList args = p.positionalArguments();
    const bool attach = args.value(1) == QLatin1String("attach");
    if (args.size() != 4)
        return ctx.fail(BadInput, tr("usage: glossary attach|detach PROJECT FILE"));
    ProjectStore store;
    ProjectData data;
    ProjectLock lock;
    if (const Result<> r = openProjectToChange(ctx, store, lock, args[2], data); !r)
        return ctx.fail(BadInput, r.error());
    const QString path = QFileInfo(args[3]).absoluteFilePath();
    QStringList attached = data.attachedGlossaries;
    if (attach) {
        const GlossaryReadResult r = loadGlossaryFile(path); // a file that reads now
        if (!r.ok())
            return ctx.fail(BadInput, r.error);
        if (!attached.contains(path))
            attached.append(path);
        ctx.out.write(tr("%1: %2 terms, attached\n").arg(path).arg(r.glossary.entries.size()).toUtf8());
    } else {
        if (!attached.removeAll(path))
            return ctx.fail(BadInput, tr("%1 is not attached to %2").arg(path, args[2]));
        ctx.out.write(tr("%1: detached\n").arg(path).toUtf8());
    }
    EditedProject project(store, data);
    project.document().setAttachedGlossaries(attached);
    if (!project.failure().isEmpty())
        return ctx.fail(BadInput, project.failure());
    return Ok;
}

} // namespace bireader::cli
