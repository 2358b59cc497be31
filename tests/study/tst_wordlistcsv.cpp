#include "study/wordlistcsv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;

// Word lists in and out as CSV (issue 15).
class TestWordListCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString p = m_dir.filePath(name);
        QFile f(p);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write the fixture");
        return p;
    }

private slots:
    void read_headerSkipped_statusNamesAndLevels()
    {
        const auto r = readWordList(file(QStringLiteral("a.csv"),
                                         "term,status,reading,gloss\n"
                                         "灯塔,known,dēng tǎ,lighthouse\n"
                                         "船,2,,\"boat, ship\"\n"
                                         "雾,,,\n"),
                                    QStringLiteral("zh"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().size(), 3);
        QCOMPARE(r.value()[0].status, WordStatus::Known);
        QCOMPARE(r.value()[0].reading, QStringLiteral("dēng tǎ"));
        QCOMPARE(r.value()[1].status, WordStatus::Learning2);
        QCOMPARE(r.value()[1].gloss, QStringLiteral("boat, ship"));
        QCOMPARE(r.value()[2].status, WordStatus::Learning1); // no status: learning
        QCOMPARE(r.value()[2].language, QStringLiteral("zh"));
    }

    void unknownStatus_namesTheFileAndRow()
    {
        const QString p = file(QStringLiteral("bad.csv"), "灯塔,known\n船,often\n");
        const auto r = readWordList(p, QStringLiteral("zh"));
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(p + QStringLiteral(": row 2:")), qPrintable(r.error()));
    }

    void write_thenRead_givesTheSameWords_formulasDefused()
    {
        const QList<WordRecord> words {
            { QStringLiteral("zh"),
              QStringLiteral("灯塔"),
              WordStatus::Learning4,
              QStringLiteral("dēng tǎ"),
              QStringLiteral("=lighthouse"),
              {} },
            { QStringLiteral("zh"), QStringLiteral("船"), WordStatus::Ignored, {}, {}, {} }
        };
        const QByteArray csv = writeWordList(words);
        QVERIFY(csv.startsWith("term,status,reading,gloss\n"));
        QVERIFY(csv.contains("'=lighthouse")); // a spreadsheet does not run it
        const auto r = readWordList(file(QStringLiteral("round.csv"), csv), QStringLiteral("zh"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().size(), 2);
        QCOMPARE(r.value()[0].gloss, QStringLiteral("=lighthouse"));
        QCOMPARE(r.value()[0].status, WordStatus::Learning4);
        QCOMPARE(r.value()[1].status, WordStatus::Ignored);
    }
};

QTEST_GUILESS_MAIN(TestWordListCsv)
#include "tst_wordlistcsv.moc"
