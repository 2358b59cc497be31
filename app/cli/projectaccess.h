#pragma once

#include "edit/projectdocument.h"
#include "store/projectlock.h"
#include "store/projectstore.h"
#include "text/filechecks.h"

namespace bireader::cli {

// A command that only reads a project opens it as it is (the reader may hold it).
inline Result<> openProject(ProjectStore &store, const QString &path, ProjectData &data)
{
    Result<ProjectData> opened = store.open(path);
    if (!opened)
        return Error { opened.error() };
    data = std::move(opened).value();
    return {};
}

// A command that changes a project holds its lock, as the reader does: never two writers.
inline Result<> openProjectToChange(ProjectStore &store, ProjectLock &lock, const QString &path, ProjectData &data)
{
    if (const QString problem = inputFileProblem(path); !problem.isEmpty())
        return Error { path + QStringLiteral(": ") + problem };
    if (QString e = lock.tryLock(path); !e.isEmpty())
        return Error { e };
    return openProject(store, path, data);
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
