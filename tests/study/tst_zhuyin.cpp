// Zhuyin from pinyin, as Taiwan's textbooks write it.
#include "study/zhuyin.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace bireader;

class TestZhuyin : public QObject
{
    Q_OBJECT

private slots:
    void syllables_data()
    {
        QTest::addColumn<QString>("pinyin");
        QTest::addColumn<QString>("zhuyin");
        const char *rows[][2] = {
            { "deng", "ㄉㄥ" },     { "ta", "ㄊㄚ" },      { "zhong", "ㄓㄨㄥ" }, { "zhi", "ㄓ" },
            { "si", "ㄙ" },         { "ri", "ㄖ" },        { "ji", "ㄐㄧ" },      { "qu", "ㄑㄩ" },
            { "xue", "ㄒㄩㄝ" },    { "juan", "ㄐㄩㄢ" },  { "jun", "ㄐㄩㄣ" },   { "jiong", "ㄐㄩㄥ" },
            { "liu", "ㄌㄧㄡ" },    { "gui", "ㄍㄨㄟ" },   { "lun", "ㄌㄨㄣ" },   { "lüe", "ㄌㄩㄝ" },
            { "nü", "ㄋㄩ" },       { "lu:e", "ㄌㄩㄝ" },  { "yi", "ㄧ" },        { "ya", "ㄧㄚ" },
            { "you", "ㄧㄡ" },      { "yan", "ㄧㄢ" },     { "ying", "ㄧㄥ" },    { "yong", "ㄩㄥ" },
            { "yu", "ㄩ" },         { "yue", "ㄩㄝ" },     { "yuan", "ㄩㄢ" },    { "yun", "ㄩㄣ" },
            { "wu", "ㄨ" },         { "wo", "ㄨㄛ" },      { "wei", "ㄨㄟ" },     { "weng", "ㄨㄥ" },
            { "er", "ㄦ" },         { "r", "ㄦ" },         { "e", "ㄜ" },         { "bo", "ㄅㄛ" },
            { "shuang", "ㄕㄨㄤ" }, { "chuai", "ㄔㄨㄞ" }, { "zei", "ㄗㄟ" },     { "cou", "ㄘㄡ" },
            { "ao", "ㄠ" },
        };
        for (const auto &row : rows)
            QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
    }
    void syllables()
    {
        QFETCH(QString, pinyin);
        QFETCH(QString, zhuyin);
        QCOMPARE(zhuyinSyllable(pinyin), zhuyin);
    }

    void notPinyin_isEmpty()
    {
        QVERIFY(zhuyinSyllable(QStringLiteral("deepseek")).isEmpty());
        QVERIFY(zhuyinSyllable(QStringLiteral("ko")).isEmpty());
        QVERIFY(zhuyinSyllable(QStringLiteral("100")).isEmpty());
    }

    void readings_withTones()
    {
        QCOMPARE(zhuyinFromPinyin(QStringLiteral("dēng tǎ")), QStringLiteral("ㄉㄥ ㄊㄚˇ"));
        QCOMPARE(zhuyinFromPinyin(QStringLiteral("xùn liàn")), QStringLiteral("ㄒㄩㄣˋ ㄌㄧㄢˋ"));
        QCOMPARE(zhuyinFromPinyin(QStringLiteral("Zhōng guó")), QStringLiteral("ㄓㄨㄥ ㄍㄨㄛˊ"));
        QCOMPARE(zhuyinFromPinyin(QStringLiteral("nǚ de")), QStringLiteral("ㄋㄩˇ ˙ㄉㄜ"));
        QCOMPARE(zhuyinFromPinyin(QStringLiteral("ér zi")), QStringLiteral("ㄦˊ ˙ㄗ"));
        // What is not pinyin stays as it is.
        QCOMPARE(zhuyinFromPinyin(QStringLiteral("A100 lǐ")), QStringLiteral("A100 ㄌㄧˇ"));
    }
    void everySyllableOfCedict_converts()
    {
        QFile file(QStringLiteral(BIREADER_SHARED_DIR "/data/cc-cedict/cedict_ts.u8"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("CC-CEDICT is not in ../shared");
        static const QRegularExpression reading(QStringLiteral("\\[([^\\]]*)\\]"));
        static const QRegularExpression syllable(QStringLiteral("^[a-z:]+[1-5]$"));
        QSet<QString> all;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            if (const auto m = reading.match(line); m.hasMatch() && !line.startsWith(QLatin1Char('#')))
                for (const QString &s : m.captured(1).toLower().split(QLatin1Char(' ')))
                    if (syllable.match(s).hasMatch())
                        all.insert(s.chopped(1));
        }
        QVERIFY(all.size() > 400);
        // Interjections written with a bare nasal have no zhuyin of their own; xx is
        // CC-CEDICT's unknown reading.
        const QSet<QString> nasals { QStringLiteral("m"),  QStringLiteral("n"),   QStringLiteral("ng"),
                                     QStringLiteral("hm"), QStringLiteral("hng"), QStringLiteral("xx") };
        QStringList failed;
        for (const QString &s : all)
            if (!nasals.contains(s) && zhuyinSyllable(s).isEmpty())
                failed << s;
        QVERIFY2(failed.isEmpty(), qPrintable(failed.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestZhuyin)
#include "tst_zhuyin.moc"
