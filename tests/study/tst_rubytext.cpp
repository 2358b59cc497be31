#include "glossary/cedictreader.h"
#include "study/rubytext.h"

#include <QBuffer>
#include <QTest>

using namespace bireader;

// Pinyin above Chinese words and tone colours (issue 15).
class TestRubyText : public QObject
{
    Q_OBJECT

    Dictionary m_dict;

private slots:
    void initTestCase()
    {
        QByteArray bytes("燈塔 灯塔 [deng1 ta3] /lighthouse/\n"
                         "的 的 [de5] /of/\n"
                         "綠 绿 [lu:4] /green/\n");
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        QVERIFY(readCedict(b, QStringLiteral("d"), m_dict).ok());
    }

    void tones_fromTheMarks()
    {
        QCOMPARE(toneOfSyllable(QStringLiteral("dēng")), 1);
        QCOMPARE(toneOfSyllable(QStringLiteral("guó")), 2);
        QCOMPARE(toneOfSyllable(QStringLiteral("tǎ")), 3);
        QCOMPARE(toneOfSyllable(QStringLiteral("lǜ")), 4);
        QCOMPARE(toneOfSyllable(QStringLiteral("de")), 5);
        QCOMPARE(toneNumbers(QStringLiteral("dēng tǎ")), QStringLiteral("deng1 ta3"));
        QCOMPARE(toneNumbers(QStringLiteral("lǜ")), QStringLiteral("lü4"));
    }

    void words_dictionaryReadingByWord_tonesByCharacter()
    {
        RubyFinder finder(&m_dict);
        const QString text = QStringLiteral("绿的灯塔, DeepSeek 32");
        const QList<RubyWord> words = finder.words(text);
        QCOMPARE(words.size(), 3); // 绿 的 灯塔; the Latin word and the number have none
        QCOMPARE(text.mid(words[2].range.start, words[2].range.length), QStringLiteral("灯塔"));
        QCOMPARE(words[2].reading, QStringLiteral("dēng tǎ"));
        QCOMPARE(words[2].tones, (QList<int> { 1, 3 }));
        QCOMPARE(words[0].tones, QList<int> { 4 });
        QCOMPARE(words[1].tones, QList<int> { 5 });
    }

    void withoutADictionary_hanLatinReadings()
    {
        RubyFinder finder(nullptr);
        const QList<RubyWord> words = finder.words(u"中国");
        QVERIFY(!words.isEmpty());
        QVERIFY(!words.front().reading.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRubyText)
#include "tst_rubytext.moc"
