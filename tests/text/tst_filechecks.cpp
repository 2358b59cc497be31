#include "text/filechecks.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace bireader;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

const QByteArray kSqlite("SQLite format 3\0 and the rest", 29);

} // namespace

class TestFileChecks : public QObject
{
    Q_OBJECT

private slots:
    void sameFile_byIdentity_notByName()
    {
        QTemporaryDir dir;
        const QString p = write(dir, QStringLiteral("p.bireader"), kSqlite);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("x")));
        QVERIFY(sameFile(p, dir.filePath(QStringLiteral("x/../p.bireader"))));
        QVERIFY(QFile::link(p, dir.filePath(QStringLiteral("link.html"))));
        QVERIFY(sameFile(p, dir.filePath(QStringLiteral("link.html"))));
        QVERIFY(::link(QFile::encodeName(p).constData(),
                       QFile::encodeName(dir.filePath(QStringLiteral("hard"))).constData())
                == 0);
        QVERIFY(sameFile(p, dir.filePath(QStringLiteral("hard"))));
        QVERIFY(!sameFile(p, write(dir, QStringLiteral("other"), kSqlite)));
        QVERIFY(!sameFile(p, dir.filePath(QStringLiteral("missing"))));
    }

    void outputGuard_neverOverAnInput()
    {
        QTemporaryDir dir;
        const QString input = write(dir, QStringLiteral("page.txt"), "text");
        const OutputGuard guard { { input }, true, false }; // even when overwriting is allowed
        const QString e = guard.check(dir.filePath(QStringLiteral("./page.txt")));
        QVERIFY(e.contains(QLatin1String("page.txt")));
        QVERIFY(guard.check(dir.filePath(QStringLiteral("new.html"))).isEmpty());
    }

    void outputGuard_existingProject_onlyWhenAllowed()
    {
        QTemporaryDir dir;
        const QString project = write(dir, QStringLiteral("other.db"), kSqlite);
        const QString e = OutputGuard { {}, false, false }.check(project);
        QVERIFY2(e.startsWith(project) && e.contains(QLatin1String("--force")), qPrintable(e));
        QVERIFY(OutputGuard({ {}, true, false }).check(project).isEmpty());
        // An old export is replaced, as -o does; a new project goes only where nothing is.
        const QString old = write(dir, QStringLiteral("old.html"), "<html></html>");
        QVERIFY(OutputGuard({ {}, false, false }).check(old).isEmpty());
        QVERIFY(!OutputGuard({ {}, false, true }).check(old).isEmpty());
        QVERIFY(OutputGuard({ {}, true, true }).check(old).isEmpty());
    }

    void inputFileProblem_saysWhatIsWrong()
    {
        QTemporaryDir dir;
        QCOMPARE(inputFileProblem(write(dir, QStringLiteral("ok.txt"), "x")), QString());
        QCOMPARE(inputFileProblem(dir.filePath(QStringLiteral("missing.txt"))), QStringLiteral("no such file"));
        QVERIFY(inputFileProblem(dir.path()).contains(QLatin1String("directory")));
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QVERIFY(inputFileProblem(fifo).contains(QLatin1String("not a regular file")));
        QVERIFY(inputFileProblem(QStringLiteral("/dev/zero")).contains(QLatin1String("not a regular file")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("b")), dir.filePath(QStringLiteral("a"))));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a")), dir.filePath(QStringLiteral("b"))));
        QVERIFY(inputFileProblem(dir.filePath(QStringLiteral("a"))).contains(QLatin1String("loop")));
    }

    void isSqliteFile_byItsHeader()
    {
        QTemporaryDir dir;
        QVERIFY(isSqliteFile(write(dir, QStringLiteral("x.bin"), kSqlite)));
        QVERIFY(!isSqliteFile(write(dir, QStringLiteral("y.bireader"), "not one")));
    }
};

QTEST_GUILESS_MAIN(TestFileChecks)
#include "tst_filechecks.moc"
