#include "glossary/cedictreader.h"
#include "glossary/dictionary.h"
#include "glossary/stemmer.h"

#include <QBuffer>
#include <QTest>

using namespace bireader;

namespace {

const char *kDict = "# comment line\n"
                    "燈塔 灯塔 [deng1 ta3] /lighthouse/beacon tower/\n"
                    "燈 灯 [deng1] /lamp/light/\n"
                    "守護人 守护人 [shou3 hu4 ren2] /keeper/guardian/\n"
                    "守護 守护 [shou3 hu4] /to guard/to protect/\n"
                    "這是壞行\n"
                    "收音機 收音机 [shou1 yin1 ji1] /radio/CL:台[tai2]/\n"
                    "颱風眼 台风眼 [tai2 feng1 yan3] /eye of a typhoon/\n";

Dictionary load(const char *text, CedictLoadResult *result = nullptr)
{
    Dictionary d;
    QByteArray bytes(text);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const CedictLoadResult r = readCedict(buffer, QStringLiteral("test.u8"), d);
    if (result)
        *result = r;
    return d;
}

} // namespace

class TestDictionary : public QObject
{
    Q_OBJECT

private slots:
    void read_countsEntriesAndSkipsBrokenLines()
    {
        CedictLoadResult r;
        const Dictionary d = load(kDict, &r);
        QVERIFY(r.ok());
        QCOMPARE(r.entries, 6);
        QCOMPARE(r.skippedLines, 1);
        QCOMPARE(d.size(), 6);
    }

    void read_largeFileInBlocks_keepsLinesAcrossBlockEnds()
    {
        // Over a megabyte (the reader's block), CRLF line ends, a BOM, no final newline:
        // every line must come through whole, wherever the blocks end.
        QByteArray text("\xEF\xBB\xBF");
        const int lines = 60000;
        for (int i = 0; i < lines; ++i) {
            const QByteArray n = QByteArray::number(i);
            text += "\xE8\xA9\x9E" + n + " \xE8\xAF\x8D" + n + " [ci2] /word number " + n + "/";
            if (i + 1 < lines)
                text += "\r\n";
        }
        QVERIFY(text.size() > 2 * (1 << 20));
        CedictLoadResult r;
        const Dictionary d = load(text.constData(), &r);
        QVERIFY(r.ok());
        QCOMPARE(r.entries, lines);
        QCOMPARE(r.skippedLines, 0);
        for (int i : { 0, 1, 29999, 59998, 59999 }) {
            const QList<int> e = d.lookup(QStringLiteral("词%1").arg(i));
            QCOMPARE(e.size(), 1);
            QCOMPARE(d.glossField(e[0]), QStringLiteral("word number %1").arg(i));
            QCOMPARE(d.lookup(QStringLiteral("詞%1").arg(i)), e);
        }
    }

    void read_noEntries_isAnErrorNamingTheFile()
    {
        CedictLoadResult r;
        load("just some text\nnothing else\n", &r);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QLatin1String("test.u8")));
    }

    void lookup_findsSimplifiedAndTraditional()
    {
        const Dictionary d = load(kDict);
        QCOMPARE(d.lookup(u"灯塔").size(), 1);
        QCOMPARE(d.lookup(u"燈塔"), d.lookup(u"灯塔"));
        const DictEntry e = d.entry(d.lookup(u"收音机").front());
        QCOMPARE(e.reading, QStringLiteral("shou1 yin1 ji1"));
        QCOMPARE(e.glosses, (QStringList { QStringLiteral("radio"), QStringLiteral("CL:台[tai2]") }));
    }

    void lookup_prefixIsNotAnEntry()
    {
        const Dictionary d = load(kDict);
        QVERIFY(d.lookup(u"台风").isEmpty()); // only a prefix of 台风眼
        QVERIFY(!d.contains(u"台风"));
        QVERIFY(d.contains(u"台风眼"));
    }

    void longestMatch_prefersTheLongestHeadword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<int>("length");
        QTest::newRow("word") << QStringLiteral("灯塔守护人") << 0 << 2;
        QTest::newRow("longer-than-prefix") << QStringLiteral("灯塔守护人") << 2 << 3;
        QTest::newRow("single") << QStringLiteral("一盏灯。") << 2 << 1;
        QTest::newRow("none") << QStringLiteral("一盏灯。") << 0 << 0;
        QTest::newRow("prefix-but-no-word") << QStringLiteral("台风来了") << 0 << 0;
        QTest::newRow("traditional") << QStringLiteral("颱風眼") << 0 << 3;
    }
    void longestMatch_prefersTheLongestHeadword()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        QFETCH(int, length);
        const Dictionary d = load(kDict);
        QCOMPARE(d.longestMatch(text, pos), length);
    }

    void stemmer_english()
    {
        const Stemmer s("english");
        QVERIFY(s.isValid());
        QCOMPARE(s.stem(u"lighthouses"), s.stem(u"lighthouse"));
        QCOMPARE(s.stem(u"counted"), s.stem(u"counting"));
        QCOMPARE(snowballLanguage(QStringLiteral("en-GB")), "english");
        QCOMPARE(snowballLanguage(QStringLiteral("zh")), nullptr);
    }
};

QTEST_GUILESS_MAIN(TestDictionary)
#include "tst_dictionary.moc"
