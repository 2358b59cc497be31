#include "../support/result.h"
#include "edit/links.h"
#include "edit/projectdocument.h"
#include "project/projectimport.h"
#include "store/projectstore.h"
#include "text/sentencesplitter.h"

#include <QTemporaryDir>

#include <QTest>

using namespace bireader;

namespace {

Segment segmentOf(const QStringList &zh, const QStringList &en, const Alignment &beads)
{
    Segment s;
    const QString source = zh.join(QString()), target = en.join(QLatin1Char(' '));
    s.source = { source, SentenceSplitter(QStringLiteral("zh")).split(source), {} };
    s.target = { target, SentenceSplitter(QStringLiteral("en")).split(target), {} };
    s.beads = beads;
    return s;
}

// The aligner's mistake on the bundled sample's kind of text: a quote split differently.
Segment fogSegment()
{
    return segmentOf({ QStringLiteral("今晚有雾。"), QStringLiteral("他对女儿小梅说，“船会比平时更需要光。”") },
                     { QStringLiteral("\"There is fog tonight,\" he told his daughter Xiaomei."),
                       QStringLiteral("\"The ships will need the light more than usual.\"") },
                     { { 0, 1, 0, 1, 0.6 }, { 1, 1, 1, 1, 0.6 } });
}

// Every sentence of both sides in exactly one bead, in order, none crossing.
bool wellFormed(const Segment &s, const Alignment &beads)
{
    const int n = int(s.source.sentences.size()), m = int(s.target.sentences.size());
    QList<int> src(n, 0), tgt(m, 0);
    int lastS = -1, lastT = -1;
    for (const Bead &b : beads) {
        for (int i = b.sourceBegin; i < b.sourceEnd(); ++i)
            if (i < 0 || i >= n || src[i]++)
                return false;
        for (int j = b.targetBegin; j < b.targetEnd(); ++j)
            if (j < 0 || j >= m || tgt[j]++)
                return false;
        if (b.sourceCount > 0) {
            if (b.sourceBegin <= lastS)
                return false;
            lastS = b.sourceEnd() - 1;
        }
        if (b.targetCount > 0) {
            if (b.targetBegin <= lastT)
                return false;
            lastT = b.targetEnd() - 1;
        }
    }
    return !src.contains(0) && !tgt.contains(0);
}

ProjectData projectOf(const QList<Segment> &segments)
{
    ProjectData p;
    p.document.sourceLanguage = QStringLiteral("zh");
    p.document.targetLanguage = QStringLiteral("en");
    p.document.segments = segments;
    return p;
}

} // namespace

class TestSentenceLinks : public QObject
{
    Q_OBJECT

private slots:
    void link_twoByTwo_replacesTwoOneToOnes()
    {
        const Segment s = fogSegment();
        const Alignment beads = linkedBeads(s, 0, 1, 0, 1);
        QCOMPARE(beads.size(), 1);
        QCOMPARE(beads[0], (Bead { 0, 2, 0, 2, 1.0, true }));
    }

    void link_thatWouldCross_unlinksWhatCrosses()
    {
        const Segment s = segmentOf({ "一。", "二。", "三。" }, { "One.", "Two.", "Three." },
                                    { { 0, 1, 0, 1, 0.9 }, { 1, 1, 1, 1, 0.9 }, { 2, 1, 2, 1, 0.9 } });
        const Alignment beads = linkedBeads(s, 0, 0, 1, 1); // 一 with Two
        QVERIFY(wellFormed(s, beads));
        QVERIFY(beads.contains(Bead { 0, 1, 1, 1, 1.0, true }));
        QCOMPARE(beads[beadHolding(beads, Side::Target, 0)].sourceCount, 0); // One: alone
        QCOMPARE(beads[beadHolding(beads, Side::Source, 1)].targetCount, 0); // 二: alone
        QVERIFY(beads.contains(Bead { 2, 1, 2, 1 })); // untouched
        // Every link between any ranges keeps the segment well formed.
        for (int a = 0; a < 3; ++a)
            for (int b = a - 1; b < 3; ++b)
                for (int c = 0; c < 3; ++c)
                    for (int d = c - 1; d < 3; ++d)
                        if (b >= a || d >= c)
                            QVERIFY2(wellFormed(s, linkedBeads(s, a, b, c, d)),
                                     qPrintable(QStringLiteral("%1-%2 %3-%4").arg(a).arg(b).arg(c).arg(d)));
    }

    void unlink_leavesTheSentenceAlone_confirmMarksTheLink()
    {
        const Segment s
            = segmentOf({ "一。", "二。" }, { "One and two.", "More." }, { { 0, 2, 0, 1, 0.5 }, { 2, 0, 1, 1, 0.1 } });
        const Alignment beads = unlinkedBeads(s, Side::Source, 1);
        QVERIFY(wellFormed(s, beads));
        QVERIFY(beads.contains(Bead { 0, 1, 0, 1 }));
        QCOMPARE(beads[beadHolding(beads, Side::Source, 1)].targetCount, 0);
        const Alignment confirmed = confirmedBeads(s, Side::Target, 0);
        QVERIFY(confirmed[0].confirmed);
        QVERIFY(!confirmed[1].confirmed);
    }

    void document_linkIsOneUndoStep_writtenAtOnce_refusedOnACorrection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("links.bireader"));
        ProjectStore store;
        QVERIFY_OK(store.create(path, projectOf({ fogSegment(), fogSegment() })));
        ProjectData data;
        QVERIFY_OPEN(store, path, data);
        ProjectDocument doc(data);
        doc.setStore(&store);
        QCOMPARE(doc.linkSentences(0, 0, 1, 0, 1), QString());
        QCOMPARE(doc.segment(0).beads, (Alignment { { 0, 2, 0, 2, 1.0, true } }));
        {
            ProjectStore other; // another reader of the file sees it, confirmed
            ProjectData reread;
            QVERIFY_OPEN(other, path, reread);
            QCOMPARE(reread.document.segments[0].beads, (Alignment { { 0, 2, 0, 2, 1.0, true } }));
        }
        doc.undoStack()->undo();
        QCOMPARE(doc.segment(0).beads, fogSegment().beads);
        doc.undoStack()->redo();
        QVERIFY(doc.segment(0).beads[0].confirmed);

        doc.editTranslation(1, QStringLiteral("Fog. The ships need light."));
        QVERIFY(!doc.linkSentences(1, 0, 1, 0, 1).isEmpty()); // the links are the MT's
        QVERIFY(!doc.linkSentences(0, 0, 5, 0, 1).isEmpty()); // no such sentences
    }

    void realign_keepsConfirmedLinks_andAlignsAroundThem()
    {
        // Ten segments where the aligner makes 1-1 links; the user confirms, in one, a link
        // the aligner would never make (the first Chinese sentence with both English ones).
        QList<Segment> segments;
        for (int k = 0; k < 10; ++k)
            segments << segmentOf(
                { QStringLiteral("他今天去了港口。"), QStringLiteral("船很多。") },
                { QStringLiteral("Today he went to the harbour."), QStringLiteral("There were many ships.") },
                { { 0, 1, 0, 1, 0.9 }, { 1, 1, 1, 1, 0.9 } });
        segments[4].beads = { { 0, 1, 0, 2, 1.0, true }, { 1, 1, 2, 0, 0.0, false } };
        const Document d = projectOf(segments).document;
        const QList<std::pair<int, Alignment>> links = realignedLinks(d, 0, 10, nullptr);
        QCOMPARE(links.size(), 10);
        for (const auto &[segment, beads] : links) {
            QVERIFY(wellFormed(d.segments[segment], beads));
            if (segment == 4)
                QCOMPARE(beads, d.segments[4].beads); // the anchor, and what it leaves
            else
                QCOMPARE(beads, (Alignment { { 0, 1, 0, 1 }, { 1, 1, 1, 1 } }));
        }
    }
};

QTEST_GUILESS_MAIN(TestSentenceLinks)
#include "tst_sentencelinks.moc"
