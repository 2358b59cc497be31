#include "edit/applyterm.h"
#include "edit/renderingfinder.h"

#include <QTest>

#include "../support/interview.h"

using namespace bireader;
using bireader::testing::fillDictionary;
using bireader::testing::interview;

namespace {

QString found(const ProjectData &p, int segment, const RenderingCandidate &c)
{
    return p.document.segments[segment].currentTarget().text.mid(c.range.start, c.range.length);
}

QStringList renderingsOf(const ProjectData &p, const RenderingFinder &finder, int segment)
{
    QStringList out;
    for (const RenderingCandidate &c : finder.renderings(segment))
        out << found(p, segment, c);
    return out;
}

} // namespace

class TestRenderingFinder : public QObject
{
    Q_OBJECT

    Dictionary m_dict;

private slots:
    void initTestCase() { fillDictionary(m_dict); }

    void dictionary_wholeGloss_partsGlosses_andPinyin()
    {
        const ProjectData p = interview();
        const RenderingFinder finder(p, 0, &m_dict);
        QCOMPARE(renderingsOf(p, finder, 0), QStringList { "lighthouse" }); // the word's gloss
        QCOMPARE(renderingsOf(p, finder, 1), QStringList { "light tower" }); // its characters' glosses
        QCOMPARE(renderingsOf(p, finder, 2), QStringList { "Dengta" }); // its pinyin
        QCOMPARE(renderingsOf(p, finder, 4), QStringList { "灯塔" }); // left untranslated
    }

    void aCharactersGlossExplainedElsewhere_isNoRendering()
    {
        // 灯塔的灯亮了 -> "The lamp came on.": the lamp is the other 灯; the term was dropped.
        const ProjectData p = interview();
        const RenderingFinder finder(p, 0, &m_dict);
        QVERIFY(finder.renderings(3).isEmpty());
        QVERIFY(!finder.candidates(3).isEmpty()); // offered to pick, not proposed
    }

    void theDocument_tiesWordsToTheTerm_whereTheDictionaryCannot()
    {
        // 暗涌 is no dictionary word and 涌 never glosses as "surge": the document shows
        // that "Surge" and "Undercurrent" go with 暗涌 and nowhere else.
        const ProjectData p = interview();
        const RenderingFinder finder(p, 1, &m_dict);
        QCOMPARE(renderingsOf(p, finder, 5), QStringList { "Dark Surge" });
        QCOMPARE(renderingsOf(p, finder, 6), QStringList { "Undercurrent" });
        QVERIFY(finder.renderings(17).isEmpty()); // dropped by the translation: nothing to replace
        // Without the dictionary, the document alone still finds both.
        const RenderingFinder bare(p, 1, nullptr);
        QCOMPARE(renderingsOf(p, bare, 7), QStringList { "Dark Surge" });
        QCOMPARE(renderingsOf(p, bare, 8), QStringList { "Undercurrent" });
    }

    void applyTerm_proposesTheFoundSpans_andListsTheRestToFixByHand()
    {
        const ProjectData p = interview();
        const QList<TermReplacement> r = termReplacements(p, 1, &m_dict);
        QCOMPARE(r.size(), 13);
        int byHand = 0;
        for (const TermReplacement &x : r) {
            QCOMPARE(x.replacement, QStringLiteral("LatePost"));
            if (x.range.length == 0)
                ++byHand;
            else
                QVERIFY2(x.found == QLatin1String("Dark Surge") || x.found == QLatin1String("Undercurrent"),
                         qPrintable(x.found));
        }
        QCOMPARE(byHand, 1);
    }
};

QTEST_GUILESS_MAIN(TestRenderingFinder)
#include "tst_renderingfinder.moc"
