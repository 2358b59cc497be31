#include "glossary/cedictreader.h"
#include "glossary/hoverlookup.h"

#include <QBuffer>
#include <QTest>

using namespace bireader;

class TestHoverLookup : public QObject
{
    Q_OBJECT

private slots:
    void hover_glossaryFirstThenDictionaryLongestFirst()
    {
        Dictionary d;
        QByteArray bytes("燈塔 灯塔 [deng1 ta3] /lighthouse/\n"
                         "燈 灯 [deng1] /lamp/light/\n"
                         "塔 塔 [ta3] /pagoda/tower/\n"
                         "守護人 守护人 [shou3 hu4 ren2] /keeper/guardian/\n");
        QBuffer b(&bytes);
        QVERIFY(readCedict(b, QStringLiteral("d"), d).ok());
        Glossary g;
        g.entries = { { QStringLiteral("灯塔守护人"),
                        { QStringLiteral("lighthouse keeper") },
                        { QStringLiteral("beacon guard") },
                        QStringLiteral("the story's title"),
                        {} } };
        const HoverLookup hover(&d, g);
        const QString text = QStringLiteral("老周是燈塔守护人。");
        const QList<HoverEntry> h = hover.at(text, 3);
        QStringList heads;
        for (const HoverEntry &e : h)
            heads << e.headword;
        QCOMPARE(heads, (QStringList { "灯塔守护人", "燈塔", "燈", "塔", "守护人" }));
        QVERIFY(h[0].fromGlossary);
        QCOMPARE(h[0].range, (TextRange { 3, 5 }));
        QCOMPARE(h[0].reading, QStringLiteral("dēng tǎ shǒu hù rén")); // ICU Han-Latin: not a dictionary word
        QCOMPARE(h[0].glosses, QStringList { "lighthouse keeper" });
        QCOMPARE(h[1].reading, QStringLiteral("dēng tǎ"));
        QCOMPARE(h[1].glosses, QStringList { "lighthouse" });
        QVERIFY(hover.at(text, 0).isEmpty());
        QCOMPARE(hover.glossaryTerms(text).size(), 1);

        // Pointing inside the term (at 守): the term covers it; at() gives the word there.
        const QList<HoverEntry> covering = hover.coveringGlossaryTerms(text, 5);
        QCOMPARE(covering.size(), 1);
        QCOMPARE(covering[0].headword, QStringLiteral("灯塔守护人"));
        QCOMPARE(covering[0].range, (TextRange { 3, 5 }));
        QVERIFY(covering[0].fromGlossary);
        QCOMPARE(hover.at(text, 5).front().headword, QStringLiteral("守护人"));
        QVERIFY(hover.coveringGlossaryTerms(text, 3).isEmpty()); // it starts there: at() has it
        QVERIFY(hover.coveringGlossaryTerms(text, 8).isEmpty()); // the full stop after it
    }

    void renderings_approvedAndForbidden_inATranslation()
    {
        Glossary g;
        g.entries = {
            { QStringLiteral("幻方"), { QStringLiteral("High-Flyer") }, { QStringLiteral("Magic Square") }, {}, {} },
            { QStringLiteral("暗涌"), { QStringLiteral("Undercurrent") }, {}, {}, {} }
        };
        const HoverLookup hover(nullptr, g);
        const QString en = QStringLiteral("High-Flyer, not magic square; the Undercurrent grows.");
        const QList<RenderingMatch> all = hover.renderings(en);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0], (RenderingMatch { { 0, 10 }, 0, true }));
        QCOMPARE(all[1], (RenderingMatch { { 16, 12 }, 0, false }));
        QCOMPARE(hover.renderings(en, 1).size(), 1);
        const QList<HoverEntry> at = hover.renderingsAt(en, 20);
        QCOMPARE(at.size(), 1);
        QCOMPARE(at[0].headword, QStringLiteral("幻方"));
        QVERIFY(at[0].fromGlossary);
        QVERIFY(hover.renderingsAt(en, 12).isEmpty());
    }

    void sharedDictionaryMatcher_givesTheSameEntries()
    {
        Dictionary d;
        QByteArray bytes("燈塔 灯塔 [deng1 ta3] /lighthouse/\n");
        QBuffer b(&bytes);
        QVERIFY(readCedict(b, QStringLiteral("d"), d).ok());
        const auto matcher = HoverLookup::dictionaryMatcher(&d);
        const HoverLookup a(&d, {}, matcher), c(&d, {});
        QCOMPARE(a.at(u"灯塔", 0).size(), 1);
        QCOMPARE(a.at(u"灯塔", 0)[0].glosses, c.at(u"灯塔", 0)[0].glosses);
    }

    void hover_mergesIdenticalEntries_commonReadingsFirst()
    {
        // CC-CEDICT has 创 for 創 and for its variants 剏 and 剙, and 方 as a surname.
        Dictionary d;
        QByteArray bytes("方 方 [Fang1] /surname Fang/\n"
                         "方 方 [fang1] /square/direction/\n"
                         "剏 创 [chuang4] /variant of 創|创[chuang4]/\n"
                         "剙 创 [chuang4] /variant of 創|创[chuang4]/\n"
                         "創 创 [chuang4] /to initiate/to create/\n"
                         "創 创 [chuang1] /injury/wound/\n");
        QBuffer b(&bytes);
        QVERIFY(readCedict(b, QStringLiteral("d"), d).ok());
        const HoverLookup hover(&d, {});
        const QList<HoverEntry> fang = hover.at(QStringLiteral("方"), 0);
        QCOMPARE(fang.size(), 2);
        QCOMPARE(fang[0].reading, QStringLiteral("fāng"));
        QCOMPARE(fang[1].reading, QStringLiteral("Fāng"));
        const QList<HoverEntry> chuang = hover.at(QStringLiteral("创"), 0);
        QCOMPARE(chuang.size(), 2); // one per reading
        QCOMPARE(chuang[0].reading, QStringLiteral("chuàng"));
        QCOMPARE(chuang[0].glosses,
                 (QStringList { "to initiate", "to create", "variant of 創|创[chuang4]" })); // merged, once
        QCOMPARE(chuang[1].reading, QStringLiteral("chuāng"));
    }
};

QTEST_GUILESS_MAIN(TestHoverLookup)
#include "tst_hoverlookup.moc"
