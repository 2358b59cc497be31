#include "text/sentencesplitter.h"

#include <QTest>

using namespace bireader;

namespace {

QStringList sentences(const QString &language, const QString &text)
{
    QStringList out;
    for (const TextRange &r : SentenceSplitter(language).split(text))
        out.append(text.mid(r.start, r.length));
    return out;
}

} // namespace

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("zh-plain") << "zh" << QStringLiteral("今晚有雾。船会需要光！你怕吗？")
                                  << QStringList { QStringLiteral("今晚有雾。"), QStringLiteral("船会需要光！"),
                                                   QStringLiteral("你怕吗？") };
        QTest::newRow("zh-closing-quote-stays")
            << "zh" << QStringLiteral("“今晚有雾。”他说。")
            << QStringList { QStringLiteral("“今晚有雾。”"), QStringLiteral("他说。") };
        QTest::newRow("zh-corner-brackets") << "zh" << QStringLiteral("「会的。」老周说。")
                                            << QStringList { QStringLiteral("「会的。」"), QStringLiteral("老周说。") };
        QTest::newRow("zh-opening-quote-moves-on")
            << "zh" << QStringLiteral("老周说。“但光不会熄灭。”")
            << QStringList { QStringLiteral("老周说。"), QStringLiteral("“但光不会熄灭。”") };
        QTest::newRow("zh-ascii-punctuation")
            << "zh" << QStringLiteral("DeepSeek是如何炼成的?我们访谈了他。")
            << QStringList { QStringLiteral("DeepSeek是如何炼成的?"), QStringLiteral("我们访谈了他。") };
        QTest::newRow("en-abbreviations")
            << "en" << QStringLiteral("Mr. Smith lives in the U.S. today. He is happy.")
            << QStringList { QStringLiteral("Mr. Smith lives in the U.S. today."), QStringLiteral("He is happy.") };
        QTest::newRow("en-quotes") << "en" << QStringLiteral("\"I will,\" said Old Zhou. \"But the light stays.\"")
                                   << QStringList { QStringLiteral("\"I will,\" said Old Zhou."),
                                                    QStringLiteral("\"But the light stays.\"") };
        QTest::newRow("en-decimal") << "en" << QStringLiteral("It costs 3.5 dollars. Cheap.")
                                    << QStringList { QStringLiteral("It costs 3.5 dollars."),
                                                     QStringLiteral("Cheap.") };
    }
    void split()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(sentences(language, text), expected);
    }

    void split_rangesPointIntoText()
    {
        const QString text = QStringLiteral("  First one.   Second one.  ");
        const QList<TextRange> r = SentenceSplitter(QStringLiteral("en")).split(text);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0], (TextRange { 2, 10 }));
        QCOMPARE(text.mid(r[1].start, r[1].length), QStringLiteral("Second one."));
    }

    void split_emptyText_givesNothing()
    {
        QVERIFY(SentenceSplitter(QStringLiteral("zh")).split(QString()).isEmpty());
        QVERIFY(SentenceSplitter(QStringLiteral("en")).split(QStringLiteral("   ")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
