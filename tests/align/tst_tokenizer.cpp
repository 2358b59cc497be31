#include "align/names.h"
#include "align/tokenizer.h"
#include "glossary/cedictreader.h"

#include <QBuffer>
#include <QTest>

using namespace bireader;

namespace {

Dictionary smallDictionary()
{
    Dictionary d;
    QByteArray bytes("燈塔 灯塔 [deng1 ta3] /lighthouse (tower)/beacon/\n"
                     "船 船 [chuan2] /ship/boat/CL:條|条[tiao2]/\n"
                     "的 的 [de5] /of/~'s (possessive particle)/\n");
    QBuffer b(&bytes);
    b.open(QIODevice::ReadOnly);
    if (!readCedict(b, QStringLiteral("t"), d).ok())
        qFatal("the fixture dictionary does not load");
    return d;
}

// The stem ids of each word, for comparing two texts' vocabularies.
QList<QList<int>> words(const UnitFeatures &f)
{
    QList<QList<int>> out;
    for (int w = 0; w < f.wordCount(); ++w)
        out.append(QList<int>(f.stems.begin() + f.wordBegin[size_t(w)], f.stems.begin() + f.wordBegin[size_t(w) + 1]));
    return out;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void chinese_wordsCarryGlossStems()
    {
        const Dictionary d = smallDictionary();
        StemInterner interner;
        Tokenizer zh(QStringLiteral("zh"), &d, interner), en(QStringLiteral("en"), nullptr, interner);
        const UnitFeatures z = zh.features(QStringLiteral("灯塔的船"));
        QCOMPARE(z.wordCount(), 3); // 灯塔 / 的 / 船
        QCOMPARE(z.length(), 4);
        const UnitFeatures e = en.features(QStringLiteral("The ships of the lighthouse"));
        QCOMPARE(e.wordCount(), 2); // stop words left out; "ships" stems like "ship"
        const int lighthouse = words(e)[1].front(), ship = words(e)[0].front();
        QVERIFY(words(z)[0].contains(lighthouse));
        QVERIFY(words(z)[2].contains(ship));
        QVERIFY(words(z)[1].isEmpty()); // 的 glosses to stop words only
    }

    void chineseWordInAGloss_doesNotChangeThatWordInTheText()
    {
        // 塔's gloss names 灯塔: tokenizing 塔 first must not make 灯塔 in the text stand
        // for a gloss word instead of its own glosses (a unit's features must not depend
        // on what the tokenizer saw before).
        Dictionary d;
        QByteArray bytes("燈塔 灯塔 [deng1 ta3] /lighthouse/beacon/\n"
                         "塔 塔 [ta3] /tower/as in 灯塔/\n");
        QBuffer b(&bytes);
        b.open(QIODevice::ReadOnly);
        QVERIFY(readCedict(b, QStringLiteral("t"), d).ok());
        StemInterner interner;
        Tokenizer alone(QStringLiteral("zh"), &d, interner), afterGloss(QStringLiteral("zh"), &d, interner);
        afterGloss.features(QStringLiteral("塔"));
        QCOMPARE(words(afterGloss.features(QStringLiteral("灯塔"))), words(alone.features(QStringLiteral("灯塔"))));
        QCOMPARE(words(alone.features(QStringLiteral("灯塔"))).front().size(), 2); // lighthouse, beacon
    }

    void numbers_meetAcrossLanguages()
    {
        StemInterner interner;
        Tokenizer zh(QStringLiteral("zh"), nullptr, interner), en(QStringLiteral("en"), nullptr, interner);
        const UnitFeatures z = zh.features(QStringLiteral("一百一十八级台阶，三十二年，1998年"));
        const UnitFeatures e = en.features(QStringLiteral("118 steps, thirty-two years, 1998, 10,000 chips"));
        const QList<int> zs(z.stems.begin(), z.stems.end()), es(e.stems.begin(), e.stems.end());
        QCOMPARE(es.count(interner.intern(QStringLiteral("#118"))), 1);
        QCOMPARE(zs.count(interner.intern(QStringLiteral("#118"))), 1);
        QCOMPARE(zs.count(interner.intern(QStringLiteral("#32"))), 1);
        QCOMPARE(es.count(interner.intern(QStringLiteral("#32"))), 1);
        QCOMPARE(zs.count(interner.intern(QStringLiteral("#1998"))), 1);
        QCOMPARE(es.count(interner.intern(QStringLiteral("#10000"))), 1);
    }

    void sentencePunctuation_meetsAcrossLanguages()
    {
        // A question, an exclamation and direct speech are words both sides can share.
        StemInterner interner;
        Tokenizer zh(QStringLiteral("zh"), nullptr, interner), en(QStringLiteral("en"), nullptr, interner);
        const UnitFeatures z = zh.features(QStringLiteral("他问：“你去吗？”"));
        const UnitFeatures e = en.features(QStringLiteral("'Are you going?' he asked."));
        const QList<int> zs(z.stems.begin(), z.stems.end()), es(e.stems.begin(), e.stems.end());
        for (const char *stem : { "#?", "#speech" }) {
            QVERIFY2(zs.contains(interner.intern(QString::fromLatin1(stem))), stem);
            QVERIFY2(es.contains(interner.intern(QString::fromLatin1(stem))), stem);
        }
        QVERIFY(!es.contains(interner.intern(QStringLiteral("#!"))));
        // An apostrophe is not speech.
        const UnitFeatures plain = en.features(QStringLiteral("He didn't go to the boys' school."));
        QVERIFY(
            !QList<int>(plain.stems.begin(), plain.stems.end()).contains(interner.intern(QStringLiteral("#speech"))));
        const UnitFeatures bang = zh.features(QStringLiteral("快进来！"));
        QVERIFY(QList<int>(bang.stems.begin(), bang.stems.end()).contains(interner.intern(QStringLiteral("#!"))));
    }

    void latinTokensInChinese_matchEnglish()
    {
        StemInterner interner;
        Tokenizer zh(QStringLiteral("zh"), nullptr, interner), en(QStringLiteral("en"), nullptr, interner);
        const UnitFeatures z = zh.features(QStringLiteral("DeepSeek储备了A100芯片"));
        const UnitFeatures e = en.features(QStringLiteral("DeepSeek stocked A100 chips"));
        QCOMPARE(z.stems.front(), e.stems.front());
        const int a100 = interner.intern(QStringLiteral("a100"));
        QVERIFY(std::find(z.stems.begin(), z.stems.end(), a100) != z.stems.end());
        QVERIFY(std::find(e.stems.begin(), e.stems.end(), a100) != e.stems.end());
    }

    void withoutDictionary_everyHanCharacterIsAKey()
    {
        StemInterner interner;
        Tokenizer zh(QStringLiteral("zh"), nullptr, interner);
        const UnitFeatures z = zh.features(QStringLiteral("今晚有雾"));
        QCOMPARE(z.wordCount(), 4);
        QVERIFY(z.stems.empty());
        QCOMPARE(z.keys.size(), size_t(4));
    }

    void names_pinyinSpansMeetCapitalisedWords()
    {
        Dictionary d;
        QByteArray bytes("梁 梁 [Liang2] /surname Liang/beam/\n文 文 [wen2] /language/\n鋒 锋 [feng1] /edge/\n"
                         "說 说 [shuo1] /to speak/\n呂 吕 [Lu:3] /surname Lü/\n");
        QBuffer b(&bytes);
        QVERIFY(readCedict(b, QStringLiteral("t"), d).ok());
        StemInterner interner;
        Tokenizer zh(QStringLiteral("zh"), &d, interner), en(QStringLiteral("en"), nullptr, interner);
        const QString zhText = QStringLiteral("梁文锋说吕");
        UnitFeatures source = zh.features(zhText);
        const UnitFeatures e = en.features(QStringLiteral("Then said Liang Wenfeng to Lu."));
        QCOMPARE(en.nameCandidates(), (QSet<QString> { "liang", "wenfeng", "lu" })); // "Then" starts the sentence
        PinyinTable pinyin(&d);
        linkNames(source, { zhText }, en.nameCandidates(), pinyin, interner);
        const QList<QList<int>> w = words(source);
        QVERIFY(w[0].contains(interner.intern(QStringLiteral("py:liang")))); // 梁
        QVERIFY(w[1].contains(interner.intern(QStringLiteral("py:wenfeng")))); // 文锋 starts at 文
        QVERIFY(w[4].contains(interner.intern(QStringLiteral("py:lu")))); // 吕 lu:3
        QVERIFY(!w[3].contains(interner.intern(QStringLiteral("py:shuo"))));
        QVERIFY(std::find(e.stems.begin(), e.stems.end(), interner.intern(QStringLiteral("py:wenfeng")))
                != e.stems.end());
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
