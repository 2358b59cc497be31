#include "clirun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace clitest;

// bireader-cli words import|export|stats (issue 15).
class TestCliWords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_words, m_project;

    Run words(QStringList args)
    {
        return cli(QStringList { QStringLiteral("words") } + args + QStringList { QStringLiteral("--words"), m_words });
    }

private slots:
    void initTestCase()
    {
        m_words = m_dir.filePath(QStringLiteral("list/words.sqlite"));
        m_project = m_dir.filePath(QStringLiteral("page.bireader"));
        const Run create
            = cli({ QStringLiteral("project"), QStringLiteral("create"), m_project, QStringLiteral("--from"),
                    QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt") });
        QCOMPARE(create.exitCode, 0);
    }

    void import_stats_export()
    {
        const QString csv = writeFile(m_dir, QStringLiteral("w.csv"),
                                      QStringLiteral("term,status\n灯塔,known\n记者,learning2\n").toUtf8());
        const Run imported = words({ QStringLiteral("import"), csv });
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains("2 words into"), imported.out.constData());

        const Run stats
            = words({ QStringLiteral("stats"), m_project, QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("zh"));
        QVERIFY2(o.value(QStringLiteral("known")).toInt() >= 1, stats.out.constData());
        QVERIFY(o.value(QStringLiteral("new")).toInt() > 0);
        const double share = o.value(QStringLiteral("known_share")).toDouble();
        QVERIFY(share > 0 && share < 1);

        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(words({ QStringLiteral("export"), out }).exitCode, 0);
        const QByteArray written = readFile(out);
        QVERIFY(written.startsWith("term,status,reading,gloss\n"));
        QVERIFY(written.contains(QStringLiteral("灯塔,known").toUtf8()));
        QVERIFY(written.contains(QStringLiteral("记者,learning2").toUtf8()));
    }

    void errors_exitTwoNamingTheFile()
    {
        const QString bad = writeFile(m_dir, QStringLiteral("bad.csv"), "x,often\n");
        const Run r = words({ QStringLiteral("import"), bad });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bad.csv: row 1"));
        QCOMPARE(words({ QStringLiteral("export"), m_words }).exitCode, 2); // never over the word list
        QCOMPARE(words({ QStringLiteral("count"), m_project }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliWords)
#include "tst_cliwords.moc"
