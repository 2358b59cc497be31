#include "filechecks.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace bireader {
namespace {

bool statOf(const QString &path, struct stat &st)
{
    return ::stat(QFile::encodeName(path).constData(), &st) == 0;
}

} // namespace

QString inputFileProblem(const QString &path)
{
    struct stat st {
    };
    if (!statOf(path, st)) {
        switch (errno) {
        case ELOOP:
            return QCoreApplication::translate("bireader::FileChecks", "a loop of symbolic links");
        case EACCES:
            return QCoreApplication::translate("bireader::FileChecks", "permission denied");
        case ENOTDIR:
        case ENOENT:
        default:
            return QCoreApplication::translate("bireader::FileChecks", "no such file");
        }
    }
    if (S_ISDIR(st.st_mode))
        return QCoreApplication::translate("bireader::FileChecks", "it is a directory, not a file");
    if (!S_ISREG(st.st_mode))
        return QCoreApplication::translate("bireader::FileChecks",
                                           "it is not a regular file (a FIFO, a device or a socket)");
    if (::access(QFile::encodeName(path).constData(), R_OK) != 0)
        return QCoreApplication::translate("bireader::FileChecks", "permission denied");
    return {};
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat x {
    }, y {};
    return statOf(a, x) && statOf(b, y) && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

bool isSqliteFile(const QString &path)
{
    QFile f(path);
    return QFileInfo(path).isFile() && f.open(QIODevice::ReadOnly) && f.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString OutputGuard::check(const QString &output) const
{
    // PROJECT-journal, -wal and -shm are SQLite's: the next opening of PROJECT would take an
    // export written there for a journal and delete it or play it back. PROJECT.lock is the
    // lock that keeps two programs from editing it.
    for (const char *suffix : { "-journal", "-wal", "-shm", ".lock" })
        if (output.endsWith(QLatin1String(suffix))) {
            const QString database = output.chopped(qsizetype(qstrlen(suffix)));
            if (isSqliteFile(database))
                return QCoreApplication::translate("bireader::FileChecks",
                                                   "%1: SQLite's journal or the lock of %2 has that name; "
                                                   "nothing was written")
                    .arg(output, database);
        }
    for (const QString &input : protectedFiles)
        if (sameFile(output, input))
            return QCoreApplication::translate(
                       "bireader::FileChecks",
                       "%1: the same file as %2, an input or the open project; nothing was written")
                .arg(output, input);
    struct stat st {
    };
    if (overwriteProjects || !statOf(output, st) || !S_ISREG(st.st_mode))
        return {};
    if (isSqliteFile(output))
        return QCoreApplication::translate("bireader::FileChecks",
                                           "%1: a database (a Bireader project or word list) is there already; "
                                           "it was not overwritten (use --force to replace it)")
            .arg(output);
    if (newFileOnly)
        return QCoreApplication::translate(
                   "bireader::FileChecks",
                   "%1: the file exists already; it was not overwritten (use --force to replace it)")
            .arg(output);
    return {};
}

} // namespace bireader
