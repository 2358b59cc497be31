#pragma once

#include <QString>
#include <QStringList>

namespace bireader {

// What is wrong with `path` as a file to read: "" for a regular file, else "no such
// file", "it is a directory", "it is not a regular file (a FIFO, a device or a socket)",
// "a loop of symbolic links", "permission denied" (without the path).
QString inputFileProblem(const QString &path);

// Whether two paths name the same existing file: the same device and inode, so that
// ./x/../P, a symbolic link or a hard link to P is P. False when either does not exist.
bool sameFile(const QString &a, const QString &b);

// True when `path` is an SQLite database, as every Bireader project is.
bool isSqliteFile(const QString &path);

// What a command or a window may write over. Never one of `protectedFiles` (a command's
// inputs, the open project); an existing Bireader project only when `overwriteProjects`
// (the user asked: --force, a confirmed dialog); with `newFileOnly`, no existing file at
// all unless `overwriteProjects`. check() returns "" or an error naming the file.
struct OutputGuard {
    QStringList protectedFiles;
    bool overwriteProjects = false;
    bool newFileOnly = false;
    QString check(const QString &output) const;
};

} // namespace bireader
