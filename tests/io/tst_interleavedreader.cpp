#include "glossary/cedictreader.h"
#include "io/alignmentwriter.h"
#include "io/interleavedreader.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace bireader;

namespace {

const QString kData = QStringLiteral(BIREADER_TEST_DATA "/interleaved/");

ImportResult importFile(const QString &name, const Dictionary *dict = nullptr)
{
    QFile f(kData + name);
    ImportOptions options;
    options.dictionary = dict;
    return InterleavedReader().read(f, name, options);
}

ImportResult importText(const QByteArray &text)
{
    QByteArray bytes = text;
    QBuffer buffer(&bytes);
    return InterleavedReader().read(buffer, QStringLiteral("page.txt"), {});
}

} // namespace

class TestInterleavedReader : public QObject
{
    Q_OBJECT

private:
    Dictionary dict;

private slots:
    void initTestCase() { QVERIFY(loadCedictFile(kData + QStringLiteral("test-dict.u8"), dict).ok()); }

    // Golden files: the pairs as `bireader-cli import --format json` prints them.
    void pairs_matchGoldenFile_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::newRow("zh-en page with chrome and footer") << "zh_en_page"
                                                           << "zh"
                                                           << "en";
        QTest::newRow("en-ru") << "en_ru_page"
                               << "en"
                               << "ru";
        QTest::newRow("ko-en") << "ko_en_page"
                               << "ko"
                               << "en";
        QTest::newRow("en-zh, translation second") << "en_zh_page"
                                                   << "en"
                                                   << "zh";
    }
    void pairs_matchGoldenFile()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, source);
        QFETCH(QString, target);
        const ImportResult r = importFile(fixture + QStringLiteral(".txt"), &dict);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.sourceLanguage, source);
        QCOMPARE(r.document.targetLanguage, target);
        QFile golden(kData + fixture + QStringLiteral(".expected.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(formatPairs(PairsFormat::Json, r.document)),
                 QJsonDocument::fromJson(golden.readAll()));
    }

    void page_chromeTitleAndFooterStayUnpaired()
    {
        const Document d = importFile(QStringLiteral("zh_en_page.txt"), &dict).document;
        QCOMPARE(d.pairedCount(), 6);
        QVERIFY(d.segments[0].target.isEmpty()); // 跳转到导航: chrome, no translation
        QVERIFY(d.segments[1].source.isEmpty()); // the English title stays target-only
        for (qsizetype i = d.segments.size() - 5; i < d.segments.size(); ++i)
            QVERIFY2(!d.segments[i].isPaired(), qPrintable(d.segments[i].source.text + d.segments[i].target.text));
    }

    void page_titleIsTheHeadline_andTheEdgesAreSetAside()
    {
        const Document d = importFile(QStringLiteral("zh_en_page.txt"), &dict).document;
        QCOMPARE(d.title, QStringLiteral("The Last Keeper of the North Cape")); // not 跳转到导航
        QVERIFY(d.segments[0].excluded); // chrome before the article
        QVERIFY(!d.segments[1].excluded); // the headline
        int lastPair = 0;
        for (qsizetype i = 0; i < d.segments.size(); ++i) {
            if (d.segments[i].isPaired())
                lastPair = int(i);
            QVERIFY(!(d.segments[i].isPaired() && d.segments[i].excluded));
        }
        QVERIFY(!d.segments[6].excluded); // an untranslated paragraph inside the article stays
        for (qsizetype i = lastPair + 1; i < d.segments.size(); ++i) // comments, related posts
            QVERIFY2(d.segments[i].excluded, qPrintable(d.segments[i].source.text + d.segments[i].target.text));
    }

    void sameLinePairs_splitAtWideGapsAndTabs()
    {
        const Document d = importFile(QStringLiteral("zh_en_page.txt"), &dict).document;
        QCOMPARE(d.segments[2].source.text, QStringLiteral("文 | 陈晓"));
        QCOMPARE(d.segments[2].target.text, QStringLiteral("Text | Chen Xiao"));
        QCOMPARE(d.segments[4].target.text, QStringLiteral("He said: \"A lighthouse is not only a lamp.\""));
    }

    void untranslatedPrefix_isKeptInTheTranslation()
    {
        const Document d = importFile(QStringLiteral("zh_en_page.txt"), &dict).document;
        const Segment &s = d.segments[5];
        QVERIFY(s.isPaired());
        QVERIFY(s.target.text.startsWith(QStringLiteral("记者问他是否害怕孤独。 He smiled")));
    }

    void missingTranslation_leavesSourceUnpaired()
    {
        const Document d = importFile(QStringLiteral("zh_en_page.txt"), &dict).document;
        QVERIFY(d.segments[6].source.text.startsWith(QStringLiteral("一九九八年")));
        QVERIFY(d.segments[6].target.isEmpty());
        QVERIFY(d.segments[7].isPaired());
    }

    void segments_haveSentencesBeadsAndOrigin()
    {
        const Document d = importFile(QStringLiteral("zh_en_page.txt"), &dict).document;
        const Segment &s = d.segments[5];
        QCOMPARE(s.source.sentences.size(), 2);
        QCOMPARE(s.source.origin.paragraph, 6);
        QCOMPARE(s.target.origin.paragraph, 7);
        int sourceCovered = 0;
        for (const Bead &b : s.beads)
            sourceCovered += b.sourceCount;
        QCOMPARE(sourceCovered, 2);
        for (const TextRange &r : s.target.sentences)
            QVERIFY(r.start >= 0 && r.end() <= s.target.text.size());
    }

    void lengthAlone_rejectsAFooterHeadlineBeforeALongExcerpt()
    {
        const Document d = importFile(QStringLiteral("zh_en_page.txt")).document; // no dictionary
        for (const Segment &s : d.segments)
            QVERIFY(!s.isPaired() || !s.target.text.startsWith(QLatin1String("The fishing town")));
    }

    void oneLanguage_isAClearError()
    {
        const ImportResult r = importFile(QStringLiteral("one_language.txt"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.startsWith(QLatin1String("one_language.txt: only one language")));
    }

    void emptyOrBinary_isAClearError()
    {
        QVERIFY(importText(QByteArray()).error.contains(QLatin1String("page.txt: the file is empty")));
        QVERIFY(importText(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16))
                    .error.contains(QLatin1String("not a text file")));
        QVERIFY(importText("\n  \n\n").error.contains(QLatin1String("no text")));
    }

    void readsFromAnyDevice()
    {
        const ImportResult r = importText("今晚有雾。\nThere is fog tonight.\n船需要光。\nShips need light.\n");
        QVERIFY(r.ok());
        QCOMPARE(r.document.pairedCount(), 2);
        QCOMPARE(r.sourceEncoding, QStringLiteral("UTF-8"));
    }
};

QTEST_GUILESS_MAIN(TestInterleavedReader)
#include "tst_interleavedreader.moc"
