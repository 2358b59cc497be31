#include "edit/links.h"
#include "edit/projectdocument.h"
#include "fixture.h"
#include "project/linkrealign.h"
#include "view/linkeditor.h"
#include "view/readerview.h"

#include <QTest>

using namespace bireader;
using namespace bireader::reader;

// Seeing and changing sentence links with the mouse (issue 18).
class TestLinkView : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<ReaderView> m_view;

    ReaderPane *pane(Side side) { return m_view->pane(side); }
    LinkEditor *links() { return m_view->links(); }

    // Clicks the middle of sentence `sentence` of segment 0 on `side`, as the mouse does.
    void clickSentence(Side side, int sentence, Qt::KeyboardModifiers modifiers = {})
    {
        const Segment &s = m_doc->segment(0);
        const TextRange r = (side == Side::Source ? s.source : s.target).sentences[sentence];
        const QList<QRectF> rects = pane(side)->rangeRects(0, { r.start + 2, 1 });
        QVERIFY(!rects.isEmpty());
        QTest::mouseClick(pane(side)->viewport(), Qt::LeftButton, modifiers, rects.front().center().toPoint());
    }

    QColor background(Side side, int sentence)
    {
        const Segment &s = m_doc->segment(0);
        const TextRange r = (side == Side::Source ? s.source : s.target).sentences[sentence];
        QList<Decoration> d;
        links()->decorate(0, side, d);
        for (const Decoration &x : d)
            if (x.range == r && x.kind == Decoration::Background)
                return x.color;
        return {};
    }

private slots:
    void init()
    {
        m_doc = std::make_unique<ProjectDocument>(testing::readerProject(2));
        m_view = std::make_unique<ReaderView>();
        m_view->resize(900, 420);
        m_view->setDocument(m_doc.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        links()->setEnabled(true);
    }

    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

    void linkView_colorsEachLinkOnBothSides()
    {
        // Segment 0: two 1-1 links. Each pair shares a colour; the two links differ.
        QVERIFY(background(Side::Source, 0).isValid());
        QCOMPARE(background(Side::Source, 0), background(Side::Target, 0));
        QCOMPARE(background(Side::Source, 1), background(Side::Target, 1));
        QVERIFY(background(Side::Source, 0) != background(Side::Source, 1));
        links()->setEnabled(false);
        QVERIFY(!background(Side::Source, 0).isValid()); // off: reading as usual
    }

    void clicks_makeATwoByTwoLink_eachStepUndoable()
    {
        clickSentence(Side::Source, 0);
        clickSentence(Side::Source, 1, Qt::ControlModifier);
        QCOMPARE(links()->picked(Side::Source), (QList<int> { 0, 1 }));
        QCOMPARE(m_doc->undoStack()->count(), 0); // nothing linked until both sides have a sentence
        clickSentence(Side::Target, 0);
        QCOMPARE(m_doc->segment(0).beads.front(), (Bead { 0, 2, 0, 1, 1.0, true }));
        clickSentence(Side::Target, 1, Qt::ControlModifier); // and the second translation sentence
        QCOMPARE(m_doc->segment(0).beads, (Alignment { { 0, 2, 0, 2, 1.0, true } }));
        QCOMPARE(background(Side::Source, 1), background(Side::Target, 0)); // one link, one colour
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->segment(0).beads.front(), (Bead { 0, 2, 0, 1, 1.0, true }));
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->segment(0).beads, (Alignment { { 0, 1, 0, 1 }, { 1, 1, 1, 1 } }));
    }

    void realignInTheBackground_keepsTheUsersLink_oneUndoStep()
    {
        QCOMPARE(m_doc->linkSentences(0, 0, 0, 0, 1), QString()); // a link the aligner would not make
        const Alignment mine = m_doc->segment(0).beads;
        int done = -2;
        realignLinksInBackground(m_view.get(), m_doc.get(), nullptr, 0, m_doc->segmentCount(),
                                 [&done](int n) { done = n; });
        QTRY_VERIFY(done != -2);
        QVERIFY(done > 0);
        QCOMPARE(m_doc->segment(0).beads, mine);
        const int steps = m_doc->undoStack()->count();
        QVERIFY(steps <= 2); // the link, and the re-alignment if it changed anything
    }

    void ctrlClickIntoTheNextSegment_mergesThem_oneUndoStep()
    {
        const int count = m_doc->segmentCount();
        const int sourceSentences = int(m_doc->segment(0).source.sentences.size());
        const int targetSentences = int(m_doc->segment(0).target.sentences.size());
        const int steps = m_doc->undoStack()->count();
        links()->clicked(Side::Source, 0, m_doc->segment(0).source.sentences.back().start, {});
        const int nextStart = m_doc->segment(1).target.sentences.front().start;
        links()->clicked(Side::Target, 1, nextStart, Qt::ControlModifier); // the next segment's first sentence
        QCOMPARE(m_doc->segmentCount(), count - 1);
        QCOMPARE(m_doc->undoStack()->count(), steps + 1);
        const Alignment &beads = m_doc->segment(0).beads;
        const int k = beadHolding(beads, Side::Source, sourceSentences - 1);
        QVERIFY(beads[k].confirmed);
        QCOMPARE(beads[k].targetEnd(), targetSentences + 1); // reaches the first of the next segment's
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->segmentCount(), count);
    }

    void unlinkAndConfirm_onTheSentence()
    {
        const Segment &s = m_doc->segment(0);
        links()->unlinkAt(Side::Target, 0, s.target.sentences[1].start);
        QCOMPARE(m_doc->segment(0).beads.size(), 3); // 1-1, then the source and target alone
        QList<Decoration> d;
        links()->decorate(0, Side::Target, d);
        QVERIFY(std::any_of(d.begin(), d.end(), [&](const Decoration &x) {
            return x.range == s.target.sentences[1] && x.kind == Decoration::DottedUnderline; // linked to nothing
        }));
        links()->confirmAt(Side::Source, 0, 0);
        QVERIFY(m_doc->segment(0).beads.front().confirmed);
        links()->confirmAt(Side::Source, 0, 0);
        QVERIFY(!m_doc->segment(0).beads.front().confirmed);
    }
};

QTEST_MAIN(TestLinkView)
#include "tst_linkview.moc"
