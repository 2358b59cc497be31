#include "text/words.h"

#include <QTest>

using namespace bireader;

class TestWords : public QObject
{
    Q_OBJECT

private slots:
    void english_wholeWord()
    {
        const QString t = QStringLiteral("The lighthouse keeper smiled.");
        QCOMPARE(wordAt(t, 7, QStringLiteral("en")), (TextRange { 4, 10 }));
        QCOMPARE(wordAt(t, 4, QStringLiteral("en")), (TextRange { 4, 10 }));
        QCOMPARE(wordAt(t, 3, QStringLiteral("en")).length, 0); // a space
        QCOMPARE(wordAt(t, 28, QStringLiteral("en")).length, 0); // the full stop
    }

    void chinese_byIcuDictionary()
    {
        const QString t = QStringLiteral("老周在北角灯塔工作了三十二年。");
        const TextRange r = wordAt(t, 5, QStringLiteral("zh"));
        QVERIFY(r.start <= 5 && r.end() > 5);
        QCOMPARE(t.mid(r.start, r.length), QStringLiteral("灯塔"));
    }

    void outOfRange_isEmpty()
    {
        QCOMPARE(wordAt(u"abc", 7, QStringLiteral("en")).length, 0);
        QCOMPARE(wordAt(u"", 0, QStringLiteral("en")).length, 0);
    }

    void wordsIn_skipsSpacePunctuation_andNumbersUnlessAsked()
    {
        const QString t = QStringLiteral("Fog, 32 ships; the lamp's light.");
        QStringList words;
        for (const TextRange &r : wordsIn(t, QStringLiteral("en")))
            words << t.mid(r.start, r.length);
        QCOMPARE(words, (QStringList { "Fog", "ships", "the", "lamp's", "light" }));
        QCOMPARE(wordsIn(t, QStringLiteral("en"), true).size(), 6);
        QVERIFY(wordsIn(u"", QStringLiteral("en")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWords)
#include "tst_words.moc"
