#pragma once

#include "store/projectlock.h"
#include "store/projectstore.h"
#include "text/filechecks.h"

namespace bireader::cli {

// A command that only reads a project opens it as it is (the reader may hold it).
inline QString openProject(ProjectStore &store, const QString &path, ProjectData &data)
{
    return store.open(path, &data);
}

// A command that changes a project holds its lock, as the reader does: never two writers.
inline QString openProjectToChange(ProjectStore &store, ProjectLock &lock, const QString &path, ProjectData &data)
{
    if (const QString problem = inputFileProblem(path); !problem.isEmpty())
        return path + QStringLiteral(": ") + problem;
    if (QString e = lock.tryLock(path); !e.isEmpty())
        return e;
    return store.open(path, &data);
}

} // namespace bireader::cli
