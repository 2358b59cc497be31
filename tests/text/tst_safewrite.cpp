#include "text/safewrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace bireader;

class TestSafeWrite : public QObject
{
    Q_OBJECT

private slots:
    void write_replacesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.html"));
        QVERIFY(writeFileSafely(path, "old").ok());
        QVERIFY(writeFileSafely(path, "new text").ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new text"));
    }

    // A write that fails (a full disk; here a file-size limit) is an error, and the old
    // file stays. A buffered QSaveFile used to commit an empty file and report success.
    void failedWrite_isAnError_andTheOldFileStays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.html"));
        QVERIFY(writeFileSafely(path, "the old export").ok());
        struct rlimit old {
        };
        getrlimit(RLIMIT_FSIZE, &old);
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit = old;
        limit.rlim_cur = 16 * 1024;
        setrlimit(RLIMIT_FSIZE, &limit);
        const QString e = writeFileSafely(path, QByteArray(100 * 1024, 'x')).error();
        setrlimit(RLIMIT_FSIZE, &old);
        QVERIFY2(e.startsWith(path), qPrintable(e));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("the old export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void fullDevice_saysNoSpace()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("/dev/full is not here");
        const QString e = writeFileSafely(QStringLiteral("/dev/full"), "x").error();
        QVERIFY2(e.contains(QLatin1String("No space left on device")), qPrintable(e));
    }
};

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "tst_safewrite.moc"
