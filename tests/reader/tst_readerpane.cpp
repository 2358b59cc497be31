#include "edit/projectdocument.h"
#include "fixture.h"
#include "view/readerpane.h"

#include <QApplication>
#include <QClipboard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

class TestReaderPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<ReaderPane> m_pane;

private slots:
    void init()
    {
        m_doc = std::make_unique<ProjectDocument>(testing::readerProject(1000)); // 5,000 segments
        m_pane = std::make_unique<ReaderPane>(Side::Target);
        m_pane->resize(480, 360);
        m_pane->setDocument(m_doc.get());
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_doc.reset();
    }

    void open_showsTheFirstSegments_only()
    {
        const QList<int> visible = m_pane->visibleSegments();
        QVERIFY(!visible.isEmpty());
        QCOMPARE(visible.front(), 0);
        QVERIFY(visible.size() < 40);
        QCOMPARE(m_pane->currentSegment(), 0);
        QCOMPARE(m_pane->sideText(0), m_doc->segment(0).target.text);
        QCOMPARE(m_pane->verticalScrollBar()->maximum(), 5000 * 1000 - 1);
    }

    void scrollByPixels_crossesSegments_andComesBack()
    {
        const qreal h0 = m_pane->segmentRect(0).height();
        m_pane->scrollByPixels(h0 * 3 + 200);
        QVERIFY(m_pane->topSegment() >= 1);
        m_pane->scrollByPixels(-(h0 * 3 + 200));
        QCOMPARE(m_pane->topSegment(), 0);
        QCOMPARE(m_pane->topFraction(), 0.0);
        m_pane->scrollByPixels(-50); // not above the start
        QCOMPARE(m_pane->topSegment(), 0);
    }

    void setPosition_isSegmentAndFraction()
    {
        m_pane->setPosition(2500, 0.5);
        QCOMPARE(m_pane->topSegment(), 2500);
        QVERIFY(qAbs(m_pane->topFraction() - 0.5) < 0.01);
        QVERIFY(m_pane->segmentRect(2500).top() < 0); // half of it is above the view
        QCOMPARE(m_pane->verticalScrollBar()->value() / 1000, 2500);
        m_pane->verticalScrollBar()->setValue(4000 * 1000); // dragging the scroll bar
        QCOMPARE(m_pane->topSegment(), 4000);
    }

    void positionAt_andRangeRects_agree()
    {
        const QString text = m_pane->sideText(3);
        const int start = int(text.indexOf(QStringLiteral("Xiaomei")));
        const QList<QRectF> rects = m_pane->rangeRects(3, { start, 7 });
        QCOMPARE(rects.size(), 1);
        const PanePosition at = m_pane->positionAt(rects[0].center());
        QCOMPARE(at.segment, 3);
        QVERIFY(at.offset >= start && at.offset < start + 7);
        QCOMPARE(m_pane->positionAt(QPointF(2, rects[0].center().y())).offset, -1); // left of the text
    }

    void keys_jk_moveTheCurrentSegment_andKeepItInView()
    {
        QSignalSpy current(m_pane.get(), &ReaderPane::currentChanged);
        QTest::keyClick(m_pane.get(), Qt::Key_J);
        QTest::keyClick(m_pane.get(), Qt::Key_Down);
        QCOMPARE(m_pane->currentSegment(), 2);
        QTest::keyClick(m_pane.get(), Qt::Key_K);
        QCOMPARE(m_pane->currentSegment(), 1);
        QCOMPARE(current.size(), 3);
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(m_pane.get(), Qt::Key_J);
        QCOMPARE(m_pane->currentSegment(), 31);
        QVERIFY(m_pane->visibleSegments().contains(31));
        QTest::keyClick(m_pane.get(), Qt::Key_End);
        QCOMPARE(m_pane->currentSegment(), 4999);
        QVERIFY(m_pane->visibleSegments().contains(4999));
    }

    void resize_andFontChange_keepThePlace()
    {
        m_pane->setPosition(1200, 0.25);
        m_pane->setCurrentSegment(1201);
        m_pane->resize(260, 300); // narrower: every segment is taller
        QCOMPARE(m_pane->topSegment(), 1200);
        QVERIFY(qAbs(m_pane->topFraction() - 0.25) < 0.02);
        QFont big = m_pane->textFont();
        big.setPointSizeF(big.pointSizeF() * 2.5);
        m_pane->setTextFont(big);
        QCOMPARE(m_pane->currentSegment(), 1201);
        QVERIFY(m_pane->visibleSegments().contains(1201));
    }

    void drag_selectsTextInOneSegment()
    {
        const QString text = m_pane->sideText(3);
        const int start = int(text.indexOf(QStringLiteral("daughter")));
        const QList<QRectF> first = m_pane->rangeRects(3, { start, 1 });
        const QList<QRectF> last = m_pane->rangeRects(3, { start + 7, 1 });
        QWidget *vp = m_pane->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, first[0].center().toPoint());
        QTest::mouseMove(vp, last[0].center().toPoint());
        QMouseEvent move(QEvent::MouseMove, last[0].center(), vp->mapToGlobal(last[0].center()), Qt::NoButton,
                         Qt::LeftButton, {});
        QApplication::sendEvent(vp, &move);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, last[0].center().toPoint());
        QCOMPARE(m_pane->selectedSegment(), 3);
        QCOMPARE(m_pane->selectedText(), QStringLiteral("daughter"));
        QTest::keyClick(m_pane.get(), Qt::Key_Escape);
        QCOMPARE(m_pane->selectedSegment(), -1);
    }

    void drag_acrossSegments_copiesTheirText()
    {
        // From "daughter" in segment 3 to "Every" in segment 5: the rest of 3, all of 4, the start of 5.
        const QString three = m_pane->sideText(3), five = m_pane->sideText(5);
        const int from = int(three.indexOf(QStringLiteral("daughter")));
        const int to = int(five.indexOf(QStringLiteral("Every"))) + 4;
        const QPointF a = m_pane->rangeRects(3, { from, 1 })[0].center(),
                      b = m_pane->rangeRects(5, { to, 1 })[0].center();
        QWidget *vp = m_pane->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, a.toPoint());
        QMouseEvent move(QEvent::MouseMove, b, vp->mapToGlobal(b), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(vp, &move);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, b.toPoint());
        QVERIFY(m_pane->spansSegments());
        QCOMPARE(m_pane->selectedSegment(), -1); // no single-segment action takes it
        QStringList parts { three.mid(from), m_pane->sideText(4), five.left(to + 1) };
        parts.removeAll(QString()); // a segment with nothing on this side adds no empty line
        const QString expected = parts.join(QLatin1Char('\n'));
        QCOMPARE(m_pane->selectedText(), expected);
        QCOMPARE(m_pane->selectionIn(4), (TextRange { 0, int(m_pane->sideText(4).size()) }));
        m_pane->setFocus();
        QTest::keyClick(m_pane.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QTest::keyClick(m_pane.get(), Qt::Key_Escape);
        QVERIFY(!m_pane->hasSelection());
    }

    void documentEdits_relayoutTheSegment()
    {
        const qreal before = m_pane->segmentRect(1).height();
        m_doc->editTranslation(1,
                               QStringLiteral("There is fog tonight, thick and grey, and the ships out at sea "
                                              "will need the light more than on any other night of the year."));
        m_pane->segmentChanged(1);
        QVERIFY(m_pane->segmentRect(1).height() > before);
        QVERIFY(m_pane->sideText(1).startsWith(QStringLiteral("There is fog tonight, thick")));
        m_doc->mergeWithNext(0);
        m_pane->segmentsReplaced(0, 2, 1);
        QCOMPARE(m_pane->verticalScrollBar()->maximum(), 4999 * 1000 - 1);
    }
};

QTEST_MAIN(TestReaderPane)
#include "tst_readerpane.moc"
