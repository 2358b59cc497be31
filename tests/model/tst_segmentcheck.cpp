#include "model/segmentcheck.h"

#include <QTest>

using namespace bireader;

namespace {

Segment twoByTwo()
{
    Segment s;
    s.source = { QStringLiteral("今晚有雾。船需要光。"), { { 0, 5 }, { 5, 5 } }, {} };
    s.target = { QStringLiteral("There is fog. Ships need light."), { { 0, 13 }, { 14, 17 } }, {} };
    s.beads = { { 0, 1, 0, 1, 0.9 }, { 1, 1, 1, 1, 0.8 } };
    return s;
}

} // namespace

Q_DECLARE_METATYPE(bireader::Bead)

class TestSegmentCheck : public QObject
{
    Q_OBJECT

private slots:
    void soundSegment_isLeftAlone()
    {
        Segment s = twoByTwo();
        QCOMPARE(repairSegment(s), QString());
        QCOMPARE(s, twoByTwo());
    }

    void linksOutsideTheSentences_becomeOneLink_data()
    {
        QTest::addColumn<Bead>("bad");
        QTest::newRow("sentence 1,000,000") << Bead { 1000000, 1, 1000000, 1, 1.0 };
        QTest::newRow("negative begin") << Bead { -1, 1, 0, 1, 1.0 };
        QTest::newRow("negative count") << Bead { 0, -5, 0, 1, 1.0 };
        QTest::newRow("begin + count overflows") << Bead { 1, 2147483647, 1, 1, 1.0 };
        QTest::newRow("overlapping the first") << Bead { 0, 2, 1, 1, 1.0 };
    }
    void linksOutsideTheSentences_becomeOneLink()
    {
        QFETCH(Bead, bad);
        Segment s = twoByTwo();
        s.beads[1] = bad;
        QVERIFY(!repairSegment(s).isEmpty());
        QCOMPARE(s.beads.size(), 1);
        QCOMPARE(s.beads[0], (Bead { 0, 2, 0, 2, 0.0, false }));
    }

    void rangesOutsideTheText_becomeOneSentence()
    {
        Segment s = twoByTwo();
        s.target.sentences[1] = { 14, 500 };
        QVERIFY(!repairSegment(s).isEmpty());
        QCOMPARE(s.target.sentences, (QList<TextRange> { { 0, int(s.target.text.size()) } }));
        QCOMPARE(s.beads, (Alignment { { 0, 2, 0, 1, 0.0, false } }));
        Segment c = twoByTwo();
        c.corrected = SideText { QStringLiteral("Fog."), { { 2, 9 } }, {} };
        QVERIFY(!repairSegment(c).isEmpty());
        QCOMPARE(c.corrected->sentences, (QList<TextRange> { { 0, 4 } }));
        QCOMPARE(c.beads, twoByTwo().beads); // the beads are the machine translation's
    }
};

QTEST_GUILESS_MAIN(TestSegmentCheck)
#include "tst_segmentcheck.moc"
