#include "../support/segments.h"
#include "edit/search.h"

#include <QTest>

using namespace bireader;
using bireader::testing::pairSegment;

namespace {

Document sample()
{
    Document d;
    d.sourceLanguage = QStringLiteral("zh");
    d.targetLanguage = QStringLiteral("en");
    d.segments = { pairSegment(QStringLiteral("幻方的A100芯片。"), QStringLiteral("Magic Square's A100 chips.")),
                   pairSegment(QStringLiteral("幻方量化。"), QStringLiteral("magic square quant; Magic Square.")),
                   pairSegment(QStringLiteral("没有。"), QStringLiteral("None.")) };
    d.segments[2].corrected = SideText { QStringLiteral("Nothing at 100%."), {}, {} };
    return d;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void plain_findsBothSides_inOrder_caseInsensitive()
    {
        SearchQuery q;
        q.text = QStringLiteral("magic square");
        const QList<SearchHit> hits = searchDocument(sample(), q);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0], (SearchHit { 0, Side::Target, { 0, 12 } }));
        QCOMPARE(hits[1], (SearchHit { 1, Side::Target, { 0, 12 } }));
        QCOMPARE(hits[2], (SearchHit { 1, Side::Target, { 20, 12 } }));
        q.caseSensitive = true;
        QCOMPARE(searchDocument(sample(), q).size(), 1);
        q.text = QStringLiteral("幻方");
        q.inTarget = false;
        QCOMPARE(searchDocument(sample(), q).size(), 2);
    }

    void plain_treatsRegexCharactersLiterally()
    {
        SearchQuery q;
        q.text = QStringLiteral("100%.");
        const QList<SearchHit> hits = searchDocument(sample(), q); // the correction is what is searched
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].segment, 2);
    }

    void regex_invalid_reportsError()
    {
        SearchQuery q;
        q.text = QStringLiteral("(unclosed");
        q.regex = true;
        QString error;
        QVERIFY(searchDocument(sample(), q, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void replace_regexCaptures_andPlainStaysLiteral()
    {
        SearchQuery q;
        q.text = QStringLiteral("magic (square)");
        q.regex = true;
        auto edits = replaceInTranslations(sample(), q, QStringLiteral("High-Flyer [\\1]"));
        QCOMPARE(edits.size(), 2);
        QCOMPARE(edits[0], (std::pair { 0, QStringLiteral("High-Flyer [Square]'s A100 chips.") }));
        q.regex = false;
        q.text = QStringLiteral("Magic Square");
        edits = replaceInTranslations(sample(), q, QStringLiteral("A\\1B"));
        QCOMPARE(edits[1].second, QStringLiteral("A\\1B quant; A\\1B."));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
