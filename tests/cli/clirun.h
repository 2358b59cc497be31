#pragma once

// Runs bireader-cli for the CLI tests.
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace clitest {

const QString kCli = QStringLiteral(BIREADER_CLI);
const QString kSamples = QStringLiteral(BIREADER_SAMPLES "/");

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

inline Run cli(const QStringList &args)
{
    QProcess p;
    p.start(kCli, args);
    if (!p.waitForFinished(60000))
        qFatal("bireader-cli did not finish");
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

// Writes a file into `dir`; returns its path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return f.fileName();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace clitest
