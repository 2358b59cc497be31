#include "io/xliffreader.h"

#include <QBuffer>
#include <QTest>

using namespace bireader;

namespace {

ImportResult read(const QByteArray &xml)
{
    QByteArray bytes = xml;
    QBuffer b(&bytes);
    return XliffReader().read(b, QStringLiteral("work.xlf"), {});
}

} // namespace

class TestXliffReader : public QObject
{
    Q_OBJECT

private slots:
    void xliff12_transUnitsWithInlineMarkupAndNotes()
    {
        const ImportResult r
            = read(QStringLiteral(
                       "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                       "<file source-language=\"zh-CN\" target-language=\"en\" datatype=\"plaintext\" "
                       "original=\"a.txt\"><body>"
                       "<trans-unit id=\"1\"><source>今晚有<g id=\"1\">雾</g>。</source><target>There is <g "
                       "id=\"1\">fog</g> tonight.</target>"
                       "<note>weather</note></trans-unit>"
                       "<trans-unit id=\"2\"><source>船需要光。</source></trans-unit>"
                       "</body></file></xliff>")
                       .toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.sourceLanguage, QStringLiteral("zh-CN"));
        QCOMPARE(r.document.segments.size(), 2);
        QCOMPARE(r.document.segments[0].source.text, QStringLiteral("今晚有雾。"));
        QCOMPARE(r.document.segments[0].target.text, QStringLiteral("There is fog tonight."));
        QVERIFY(!r.document.segments[1].isPaired());
        QCOMPARE(r.notes.value(0), QStringLiteral("weather"));
    }

    void xliff20_unitsWithSegments()
    {
        const ImportResult r = read(
            QStringLiteral(
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh\" trgLang=\"en\">"
                "<file id=\"f1\"><unit id=\"u1\"><notes><note>title</note></notes>"
                "<segment><source>灯塔守护人</source><target>The Lighthouse Keeper</target></segment></unit>"
                "<unit id=\"u2\"><segment><source>今晚有雾。</source><target>Fog tonight.</target></segment>"
                "<segment><source>船需要光。</source><target>Ships need <pc "
                "id=\"1\">light</pc>.</target></segment></unit>"
                "</file></xliff>")
                .toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.targetLanguage, QStringLiteral("en"));
        QCOMPARE(r.document.segments.size(), 2);
        QCOMPARE(r.document.segments[1].target.text, QStringLiteral("Fog tonight. Ships need light."));
        QCOMPARE(r.document.segments[1].source.sentences.size(), 2);
        QCOMPARE(r.notes.value(0), QStringLiteral("title"));
    }

    // Round 3: a unit's segments joined as the language writes; <ignorable> spacing as
    // given; a <file> going the other way turned round and said.
    void xliff20_segmentsJoinedAsTheLanguageWrites()
    {
        const ImportResult r = read(
            QStringLiteral(
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"zh\" trgLang=\"en\">"
                "<file id=\"f1\"><unit id=\"u1\"><segment><source>今天天气很好。</source><target>Fine today."
                "</target></segment><segment><source>我们去公园吧。</source><target>Let us go.</target></segment>"
                "</unit><unit id=\"u2\"><segment><source>今晚有雾。</source><target>Fog.</target></segment>"
                "<ignorable><source> </source><target> </target></ignorable>"
                "<segment><source>船需要光。</source><target>Ships need light.</target></segment></unit>"
                "</file></xliff>")
                .toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.segments[0].source.text, QStringLiteral("今天天气很好。我们去公园吧。"));
        QCOMPARE(r.document.segments[0].target.text, QStringLiteral("Fine today. Let us go."));
        QCOMPARE(r.document.segments[1].source.text, QStringLiteral("今晚有雾。 船需要光。"));
        QCOMPARE(r.document.segments[1].target.text, QStringLiteral("Fog. Ships need light."));
    }
    void xliff12_fileTheOtherWayRound_turnedAndSaid()
    {
        const ImportResult r = read(
            QStringLiteral(
                "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                "<file source-language=\"zh\" target-language=\"en\" datatype=\"plaintext\" original=\"a\"><body>"
                "<trans-unit id=\"1\"><source>今晚有雾。</source><target>Fog tonight.</target></trans-unit>"
                "</body></file><file source-language=\"en-US\" target-language=\"zh-CN\" datatype=\"plaintext\" "
                "original=\"b\"><body><trans-unit id=\"1\"><source>Ships need light.</source>"
                "<target>船需要光。</target></trans-unit></body></file></xliff>")
                .toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.segments.size(), 2);
        QCOMPARE(r.document.segments[1].source.text, QStringLiteral("船需要光。"));
        QCOMPARE(r.document.segments[1].target.text, QStringLiteral("Ships need light."));
        QCOMPARE(r.document.segments[1].source.origin.paragraph, -1); // never written back
        QCOMPARE(r.warnings.size(), 1);
    }

    void languageCodesOfOtherStandards_canonical()
    {
        const ImportResult r = read(
            QStringLiteral(
                "<?xml version=\"1.0\"?><xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                "<file source-language=\"cmn_Hans_CN\" target-language=\"eng\" datatype=\"plaintext\" original=\"a\">"
                "<body><trans-unit id=\"1\"><source>今晚有雾。</source><target>Fog tonight.</target></trans-unit>"
                "</body></file></xliff>")
                .toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.sourceLanguage, QStringLiteral("zh-Hans-CN"));
        QCOMPARE(r.document.targetLanguage, QStringLiteral("en"));
    }

    void notXliff_isAClearError()
    {
        QVERIFY(read("<html/>").error.contains(QLatin1String("work.xlf: no translation units")));
        QVERIFY(read("<xliff><file><body><trans-unit>").error.startsWith(QLatin1String("work.xlf: not valid XLIFF")));
    }

    // D4: deep nesting in <source> and <note> is an error, not a stack overflow.
    void deeplyNested_isAnError_notACrash()
    {
        QByteArray deep;
        for (int i = 0; i < 60000; ++i)
            deep += "<g>";
        for (int i = 0; i < 60000; ++i)
            deep += "</g>";
        for (const QByteArray &where : { QByteArray("source"), QByteArray("note") }) {
            const QByteArray inner = where == "source"
                ? "<source>" + deep + "</source><target>x</target>"
                : "<source>a</source><target>b</target><note>" + deep + "</note>";
            const ImportResult r = read("<?xml version=\"1.0\"?><xliff version=\"1.2\"><file source-language=\"en\" "
                                        "target-language=\"zh\"><body><trans-unit id=\"1\">"
                                        + inner + "</trans-unit></body></file></xliff>");
            QVERIFY(!r.ok());
            QVERIFY2(r.error.startsWith(QLatin1String("work.xlf: ")) && r.error.contains(QLatin1String("nested")),
                     qPrintable(r.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestXliffReader)
#include "tst_xliffreader.moc"
