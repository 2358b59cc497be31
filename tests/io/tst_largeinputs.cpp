// The oversized inputs of docs/robustness.md: each is answered with a message (or a
// result) quickly, before memory runs out.
#include "io/fileimport.h"
#include "io/importer.h"
#include "text/encoding.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kOneLineBytes = 8 * 1024 * 1024; // the sanitizers are slow: the same case, smaller
#else
constexpr qint64 kOneLineBytes = 100 * 1024 * 1024;
#endif

} // namespace

class TestLargeInputs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &chunk, qint64 times)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (qint64 k = 0; k < times; ++k)
            f.write(chunk);
        return f.fileName();
    }

private slots:
    void oneHundredMegabyteLine_isOneParagraph_clearError()
    {
        const QByteArray chunk = QByteArray("lighthouse keeper ").repeated(64 * 1024 / 18);
        const QString path = write(QStringLiteral("one-line.txt"), chunk, kOneLineBytes / chunk.size());
        const ImportResult r = importFiles({ path }, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("one-line.txt"))
                     && r.error.contains(QStringLiteral("only one language")),
                 qPrintable(r.error));
    }

    void millionOneCharacterLines_clearError()
    {
        const QString path = write(QStringLiteral("million.txt"), QByteArray("a\n"), 1000000);
        const ImportResult r = importFiles({ path }, {});
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("million.txt")));
    }

    void overTheParagraphLimit_isRefusedNamingTheLimit()
    {
        const QString path
            = write(QStringLiteral("lines.txt"), QByteArray("a\n\n"), kMaxUnitsPerSide + 10); // paragraphs
        QFile other(m_dir.filePath(QStringLiteral("short.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("一行。\n");
        other.close();
        const ImportResult r = importFiles({ path, other.fileName() }, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QString::number(kMaxUnitsPerSide)), qPrintable(r.error));
    }

    void fileOverTheSizeLimit_isRefusedBeforeReading()
    {
        // A sparse file: it claims 300 MB without using the disk.
        QFile f(m_dir.filePath(QStringLiteral("huge.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(kMaxTextFileBytes + 44 * 1024 * 1024));
        f.close();
        QElapsedTimer t;
        t.start();
        const DecodedText d = readTextFile(f.fileName());
        QVERIFY(!d.ok());
        QVERIFY2(d.error.contains(QStringLiteral("256 MB")), qPrintable(d.error));
        QVERIFY(d.text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLargeInputs)
#include "tst_largeinputs.moc"
