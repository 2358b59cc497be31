#pragma once

#include "context.h"
#include "edit/projectdocument.h"
#include "glossary/glossaryset.h"
#include "store/projectlock.h"
#include "store/projectstore.h"
#include "text/filechecks.h"

namespace bireader::cli {

// A command that only reads a project opens it as it is (the reader may hold it).
inline Result<> openProject(const Context &ctx, ProjectStore &store, const QString &path, ProjectData &data)
{
    Result<ProjectData> opened = store.open(path);
    if (!opened)
        return Error { opened.error() };
    ctx.warn(store.warnings());
    data = std::move(opened).value();
    return {};
}

// A command that changes a project holds its lock, as the reader does: never two writers.
inline Result<> openProjectToChange(const Context &ctx, ProjectStore &store, ProjectLock &lock, const QString &path,
                                    ProjectData &data)
{
    if (const QString problem = inputFileProblem(path); !problem.isEmpty())
        return Error { path + QStringLiteral(": ") + problem };
    if (QString e = lock.tryLock(path); !e.isEmpty())
        return Error { e };
    return openProject(ctx, store, path, data);
}

// The glossary a project's checks use: its own, its attached files, the user's. A file that
// cannot be read is named on stderr each time (its terms are missing from the checks).
inline Glossary glossaryOf(const Context &ctx, const ProjectData &data)
{
    const QList<GlossaryLayer> layers = loadGlossaryLayers(data.attachedGlossaries);
    for (const GlossaryLayer &layer : layers)
        if (!layer.error.isEmpty())
            ctx.warn({ QCoreApplication::translate("bireader::cli", "glossary not read, its terms are not used: %1")
                           .arg(layer.error) });
    return mergedGlossary(data.glossary, layers);
}

// The document of an opened project, each change written to the file as it is made (as in
// the reader); failure() says what the file refused, "" when all went in.
class EditedProject
{
public:
    EditedProject(ProjectStore &store, const ProjectData &data)
        : m_doc(data)
    {
        m_doc.setStore(&store);
        QObject::connect(&m_doc, &ProjectDocument::storeFailed, [this](const QString &m) { m_failure = m; });
    }
    ProjectDocument &document() { return m_doc; }
    const QString &failure() const { return m_failure; }

private:
    ProjectDocument m_doc;
    QString m_failure;
};

} // namespace bireader::cli
