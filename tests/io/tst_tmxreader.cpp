// TMX and XLIFF files with hostile XML: entity expansion ("billion laughs") and external
// entities. Refused or read without the entity's content; nothing is fetched.
#include "io/tmxreader.h"
#include "io/xliffreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTest>

using namespace bireader;

namespace {

ImportResult readTmx(const QByteArray &xml)
{
    QByteArray bytes = xml;
    QBuffer b(&bytes);
    return TmxReader().read(b, QStringLiteral("evil.tmx"), {});
}

QByteArray tmxWithSeg(const QByteArray &doctype, const QByteArray &seg)
{
    return "<?xml version=\"1.0\"?>\n" + doctype
        + "<tmx version=\"1.4\"><header srclang=\"zh\"/><body><tu><tuv xml:lang=\"zh\"><seg>今晚有雾。</seg></tuv>"
          "<tuv xml:lang=\"en\"><seg>"
        + seg + "</seg></tuv></tu></body></tmx>";
}

} // namespace

class TestTmxReader : public QObject
{
    Q_OBJECT

private slots:
    void billionLaughs_isRefusedQuickly_namingTheFile()
    {
        QByteArray doctype = "<!DOCTYPE tmx [<!ENTITY lol \"lol\">";
        doctype += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">";
        for (int k = 2; k <= 9; ++k)
            doctype += QStringLiteral("<!ENTITY lol%1 \"%2\">")
                           .arg(k)
                           .arg(QStringLiteral("&lol%1;").arg(k - 1).repeated(10))
                           .toUtf8();
        doctype += "]>";
        QElapsedTimer t;
        t.start();
        const ImportResult r = readTmx(tmxWithSeg(doctype, "&lol9;"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("evil.tmx")), qPrintable(r.error));
        QVERIFY(t.elapsed() < 5000);
    }

    void externalEntity_isNeverRead()
    {
        const ImportResult r
            = readTmx(tmxWithSeg("<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "fog &xxe; tonight"));
        if (r.ok()) {
            for (const Segment &s : r.document.segments)
                QVERIFY(!s.target.text.contains(QStringLiteral("root:")));
        } else {
            QVERIFY(r.error.startsWith(QStringLiteral("evil.tmx")));
        }
    }

    void xliffWithEntities_isRefusedOrHarmless()
    {
        QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\">"
                         "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                         "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                         "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                         "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                         "<xliff version=\"1.2\"><file source-language=\"zh\" target-language=\"en\"><body>"
                         "<trans-unit id=\"1\"><source>&g;</source><target>&x;</target></trans-unit>"
                         "</body></file></xliff>";
        QBuffer b(&xml);
        QElapsedTimer t;
        t.start();
        const ImportResult r = XliffReader().read(b, QStringLiteral("evil.xlf"), {});
        QVERIFY(t.elapsed() < 5000);
        if (!r.ok()) {
            QVERIFY(r.error.startsWith(QStringLiteral("evil.xlf")));
            return;
        }
        for (const Segment &s : r.document.segments) {
            QVERIFY(s.source.text.size() < 100000);
            QVERIFY(!s.target.text.contains(QStringLiteral("root:")));
        }
    }

    // D8: languages by their primary subtag, case and _ aside; a <tuv> without xml:lang
    // known by its script. Neither side is lost or swapped.
    void languageTagsVary_andMissing_pairedByPrimarySubtag()
    {
        const ImportResult r = readTmx("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"zh-CN\"/><body>"
                                       "<tu><tuv xml:lang=\"zh\"><seg>灯塔守护人</seg></tuv><tuv "
                                       "xml:lang=\"en-US\"><seg>The Lighthouse Keeper</seg></tuv></tu>"
                                       "<tu><tuv xml:lang=\"EN\"><seg>There is fog tonight.</seg></tuv><tuv "
                                       "xml:lang=\"zh_CN\"><seg>今晚有雾。</seg></tuv></tu>"
                                       "<tu><tuv><seg>他笑了笑。</seg></tuv><tuv><seg>He smiled.</seg></tuv></tu>"
                                       "</body></tmx>");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(r.document.targetLanguage, QStringLiteral("en"));
        QCOMPARE(r.document.segments.size(), 3);
        const QStringList sources { QStringLiteral("灯塔守护人"), QStringLiteral("今晚有雾。"),
                                    QStringLiteral("他笑了笑。") };
        const QStringList targets { QStringLiteral("The Lighthouse Keeper"), QStringLiteral("There is fog tonight."),
                                    QStringLiteral("He smiled.") };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.document.segments[i].source.text, sources[i]);
            QCOMPARE(r.document.segments[i].target.text, targets[i]);
        }
    }

    // Round 3: ISO 639-2/3 codes and extended tags name the same languages as srclang.
    void languageCodesOfOtherStandards_matchByEquivalence_data()
    {
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("639-2/T") << "zho"
                                 << "eng";
        QTest::newRow("639-2/B") << "chi"
                                 << "ENG";
        QTest::newRow("639-3 with script and region") << "cmn-Hans-CN"
                                                      << "en-GB";
    }
    void languageCodesOfOtherStandards_matchByEquivalence()
    {
        QFETCH(QString, zh);
        QFETCH(QString, en);
        const ImportResult r = readTmx(QStringLiteral("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header "
                                                      "srclang=\"zh\"/><body><tu><tuv xml:lang=\"%1\"><seg>今晚有雾。"
                                                      "</seg></tuv><tuv xml:lang=\"%2\"><seg>There is fog tonight."
                                                      "</seg></tuv></tu></body></tmx>")
                                           .arg(zh, en)
                                           .toUtf8());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.targetLanguage, QStringLiteral("en"));
        QCOMPARE(r.document.segments.value(0).source.text, QStringLiteral("今晚有雾。"));
        QCOMPARE(r.document.segments.value(0).target.text, QStringLiteral("There is fog tonight."));
    }

    // D4: 60,000 nested inline tags overflowed the stack; now an error naming the file.
    void deeplyNestedSeg_isAnError_notACrash()
    {
        QByteArray seg;
        for (int i = 0; i < 60000; ++i)
            seg += "<g>";
        seg += "deep";
        for (int i = 0; i < 60000; ++i)
            seg += "</g>";
        const ImportResult r = readTmx(tmxWithSeg({}, seg));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("evil.tmx: ")) && r.error.contains(QLatin1String("nested")),
                 qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestTmxReader)
#include "tst_tmxreader.moc"
