#include "glossary/cedictreader.h"
#include "glossary/reading.h"

#include <QBuffer>
#include <QTest>

using namespace bireader;

class TestReading : public QObject
{
    Q_OBJECT

private slots:
    void numberedToMarks_data()
    {
        QTest::addColumn<QString>("numbered");
        QTest::addColumn<QString>("marked");
        QTest::newRow("a-e rule") << "zhong1 guo2" << QStringLiteral("zhōng guó");
        QTest::newRow("ou") << "shou3 hu4" << QStringLiteral("shǒu hù");
        QTest::newRow("last vowel") << "xiu1 gui4" << QStringLiteral("xiū guì");
        QTest::newRow("u colon") << "nu:3 er2 lu:e4" << QStringLiteral("nǚ ér lüè");
        QTest::newRow("neutral") << "ma5" << QStringLiteral("ma");
        QTest::newRow("capital") << "Liang2 Wen2 feng1" << QStringLiteral("Liáng Wén fēng");
        QTest::newRow("no vowel") << "r5 A" << QStringLiteral("r A");
    }
    void numberedToMarks()
    {
        QFETCH(QString, numbered);
        QFETCH(QString, marked);
        QCOMPARE(numberedPinyinToMarks(numbered), marked);
    }

    void reading_prefersTheDictionaryWord()
    {
        Dictionary d;
        QByteArray bytes("長城 长城 [Chang2 cheng2] /the Great Wall/\n");
        QBuffer b(&bytes);
        QVERIFY(readCedict(b, QStringLiteral("d"), d).ok());
        ReadingFinder finder(&d);
        QCOMPARE(finder.reading(QStringLiteral("长城")), QStringLiteral("Cháng chéng"));
        // Not in the dictionary: ICU Han-Latin.
        QCOMPARE(finder.reading(QStringLiteral("灯塔")), QStringLiteral("dēng tǎ"));
        QCOMPARE(ReadingFinder().reading(QStringLiteral("lighthouse")), QString());
    }
};

QTEST_GUILESS_MAIN(TestReading)
#include "tst_reading.moc"
