// Crash safety of the reader: the window (offscreen, in a child process) takes typed
// corrections and is killed with SIGKILL at a random moment, many times over. Every
// correction it reported must be in the project file, which must pass integrity_check;
// untitled work of a killed window is offered back and holds its corrections.
#include "../support/result.h"
#include "edit/projectdocument.h"
#include "killtest.h"
#include "project/session.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace bireader;

namespace {

struct Killed {
    QString opened; // the project file the window wrote to
    QList<int> committed;
};

Killed editAndKill(const QString &file, const QByteArray &input, int afterMs)
{
    QProcess p;
    p.start(QStringLiteral(BIREADER_APPKILL_HELPER), { file });
    if (!p.waitForStarted())
        return {};
    p.write(input);
    while (p.bytesToWrite() > 0 && p.waitForBytesWritten(5000)) { } // into the pipe now, not at the next event loop
    p.closeWriteChannel();
    // The clock starts once the window has its document (an import takes a while).
    QByteArray out;
    while (!out.contains("open ") && p.state() == QProcess::Running && p.waitForReadyRead(60000))
        out += p.readAllStandardOutput();
    QTest::qSleep(afterMs);
    p.kill();
    p.waitForFinished(10000);
    Killed k;
    out += p.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith("open "))
            k.opened = QString::fromUtf8(line.mid(5));
    k.committed = testing::committedSegments(out);
    return k;
}

} // namespace

class TestAppKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The helper and this test share one test-mode data folder (autosave files).
        qputenv("HOME", m_home.path().toUtf8());
        QCoreApplication::setApplicationName(QStringLiteral("Bireader"));
        QCoreApplication::setOrganizationName(QStringLiteral("BireaderKillTest"));
        QStandardPaths::setTestModeEnabled(true);
        QDir(Session::autosaveDir()).removeRecursively();
    }

    void killedWindow_keepsEveryCommittedCorrection()
    {
        constexpr int kSegments = 150, kRuns = 12;
        const QString path = m_home.filePath(QStringLiteral("app.bireader"));
        {
            ProjectStore store;
            QVERIFY_OK(store.create(path, testing::killProject(kSegments)));
        }
        QRandomGenerator rng(4711);
        QHash<int, int> lastRun; // segment -> run of its last reported correction
        int verified = 0;
        for (int run = 0; run < kRuns; ++run) {
            QByteArray input;
            for (int i = 0; i < kSegments; ++i) {
                const int s = int(rng.bounded(1, kSegments + 1));
                input += QStringLiteral("%1\tWindow run %2 corrects %1.\n").arg(s).arg(run).toUtf8();
            }
            const Killed k = editAndKill(path, input, int(rng.bounded(0, 600)));
            for (int s : k.committed)
                lastRun[s] = run;
            ProjectStore store; // opening rolls back an edit that was being written
            ProjectData data;
            QVERIFY_OPEN(store, path, data);
            QCOMPARE(testing::integrityOf(path), QStringLiteral("ok"));
            for (auto it = lastRun.cbegin(); it != lastRun.cend(); ++it) {
                const Segment &seg = data.document.segments[it.key() - 1];
                QVERIFY(seg.isCorrected());
                const int storedRun = seg.corrected->text.section(QLatin1Char(' '), 2, 2).toInt();
                QVERIFY2(storedRun >= it.value(), qPrintable(seg.corrected->text));
                ++verified;
            }
        }
        qInfo("%d runs, %d reported corrections verified, %d segments corrected", kRuns, verified, int(lastRun.size()));
        QVERIFY(!lastRun.isEmpty());
    }

    void killedUntitledWork_isOfferedBack_withItsCorrections()
    {
        int recovered = 0;
        QRandomGenerator rng(99);
        for (int run = 0; run < 5; ++run) {
            QByteArray input;
            for (int s = 1; s <= 6; ++s)
                input += QStringLiteral("%1\tUntitled run %2, segment %1.\n").arg(s).arg(run).toUtf8();
            const Killed k = editAndKill(QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt"), input,
                                         int(rng.bounded(0, 300)));
            if (k.opened.isEmpty())
                continue; // killed before the import finished: nothing was made
            QVERIFY(k.opened.startsWith(Session::autosaveDir()));
            QVERIFY(Session::orphanedAutosaves().contains(k.opened));
            Session session;
            QVERIFY_OK(session.recover(k.opened));
            QCOMPARE(testing::integrityOf(k.opened), QStringLiteral("ok"));
            QVERIFY(session.isUntitled());
            for (int s : k.committed)
                QCOMPARE(session.document()->segment(s - 1).currentTarget().text,
                         QStringLiteral("Untitled run %1, segment %2.").arg(run).arg(s));
            session.discard();
            ++recovered;
        }
        qInfo("%d killed untitled sessions recovered", recovered);
        QVERIFY(recovered > 0);
    }
};

QTEST_MAIN(TestAppKill)
#include "tst_appkill.moc"
