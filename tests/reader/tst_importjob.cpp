#include "project/importjob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

class TestImportJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A source and a translation of `lines` paragraphs each.
    QStringList writePair(int lines)
    {
        QByteArray zh, en;
        for (int i = 0; i < lines; ++i) {
            zh += QStringLiteral("第%1天，老周爬到塔顶点亮那盏旧灯。\n").arg(i).toUtf8();
            en += QStringLiteral("On day %1 Old Zhou climbed to the top and lit the old lamp.\n").arg(i).toUtf8();
        }
        const QString a = m_dir.filePath(QStringLiteral("zh%1.txt").arg(lines)),
                      b = m_dir.filePath(QStringLiteral("en%1.txt").arg(lines));
        for (auto [path, bytes] : { std::pair { a, zh }, std::pair { b, en } }) {
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
        }
        return { a, b };
    }

private slots:
    void import_runsOffTheGuiThread_andDelivers()
    {
        ImportJob job(writePair(50), {});
        bool done = false;
        ImportJob::Outcome outcome;
        job.start(nullptr, [&](const ImportJob::Outcome &o) {
            outcome = o;
            done = true;
        });
        QVERIFY(job.isRunning() || job.future().isFinished());
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(outcome.result.ok(), qPrintable(outcome.result.error));
        QCOMPARE(outcome.data.document.pairedCount(), 50);
        QCOMPARE(outcome.data.sources.size(), 2);
    }

    void cancel_stopsTheAlignment()
    {
        ImportJob job(writePair(60000), {});
        bool done = false;
        ImportJob::Outcome outcome;
        job.start(nullptr, [&](const ImportJob::Outcome &o) {
            outcome = o;
            done = true;
        });
        QTest::qWait(50);
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(outcome.result.canceled);
        QVERIFY(outcome.data.document.segments.isEmpty());
    }
};

QTEST_MAIN(TestImportJob)
#include "tst_importjob.moc"
