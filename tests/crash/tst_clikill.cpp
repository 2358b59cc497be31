// Crash safety of editing: bireader-cli edits a project from standard input and is killed
// with SIGKILL at a random moment, many times over. Every edit it reported as committed
// must be in the file, and the file must pass PRAGMA integrity_check.
#include "../support/result.h"
#include "killtest.h"

#include <QTemporaryDir>

using namespace bireader;

class TestCliKill : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileEditing_keepsEveryCommittedEdit()
    {
        constexpr int kSegments = 400, kRuns = 30;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.bireader"));
        {
            ProjectStore store;
            QVERIFY_OK(store.create(path, testing::killProject(kSegments)));
        }
        QRandomGenerator rng(20261123);
        QHash<int, QString> expected; // segment (1-based) -> text of the last committed edit
        int verified = 0, killedEarly = 0;
        for (int run = 0; run < kRuns; ++run) {
            QList<int> order;
            for (int i = 1; i <= kSegments; ++i)
                order.append(i);
            std::shuffle(order.begin(), order.end(), std::mt19937(rng.generate()));
            QByteArray input; // every segment three times: enough work for a kill to land mid-way
            for (int pass = 0; pass < 3; ++pass)
                for (int s : order)
                    input += QStringLiteral("%1\tRun %2 edits segment %1.\n").arg(s).arg(run).toUtf8();
            QProcess p;
            p.start(QStringLiteral(BIREADER_CLI), { QStringLiteral("edit"), path });
            QVERIFY(p.waitForStarted());
            p.write(input);
            while (p.bytesToWrite() > 0 && p.waitForBytesWritten(5000)) { } // into the pipe now
            p.closeWriteChannel();
            QTest::qSleep(int(rng.bounded(2, 150))); // somewhere in the middle of the edits (or after)
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            if (p.exitStatus() == QProcess::CrashExit)
                ++killedEarly;
            const QList<int> done = testing::committedSegments(p.readAllStandardOutput());
            for (int s : done)
                expected[s] = QStringLiteral("Run %1 edits segment %2.").arg(run).arg(s);

            ProjectStore store; // opening rolls back an edit that was being written
            ProjectData data;
            QVERIFY_OPEN(store, path, data);
            QCOMPARE(testing::integrityOf(path), QStringLiteral("ok"));
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                const Segment &seg = data.document.segments[it.key() - 1];
                QVERIFY(seg.isCorrected());
                const QString text = seg.corrected->text;
                // Committed before the kill; only a later run's edit (reported or not) may have replaced it.
                if (text != it.value()) {
                    QVERIFY2(text.startsWith(QStringLiteral("Run "))
                                 && text.endsWith(QStringLiteral("segment %1.").arg(it.key())),
                             qPrintable(text));
                    const int expectedRun = it.value().mid(4).section(QLatin1Char(' '), 0, 0).toInt();
                    QVERIFY2(
                        text.mid(4).section(QLatin1Char(' '), 0, 0).toInt() > expectedRun,
                        qPrintable(QStringLiteral("run %1: expected %2, stored %3").arg(run).arg(it.value(), text)));
                }
                ++verified;
            }
        }
        qInfo("%d runs, %d killed mid-way, %d committed edits verified, %d segments edited at least once", kRuns,
              killedEarly, verified, int(expected.size()));
        QVERIFY(killedEarly > kRuns / 3);
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_clikill.moc"
