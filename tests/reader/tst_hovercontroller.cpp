#include "edit/projectdocument.h"
#include "glossary/cedictreader.h"
#include "view/hovercontroller.h"
#include "view/hoverpopup.h"
#include "view/readerview.h"
#include "viewfixture.h"

#include <QDialog>
#include <QKeyEvent>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

// When and where the dictionary popup shows (issue 14, item 1).
class TestHoverController : public QObject
{
    Q_OBJECT

    Dictionary m_dict;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<ReaderView> m_view;

    ReaderPane *source() { return m_view->pane(Side::Source); }
    ReaderPane *target() { return m_view->pane(Side::Target); }
    HoverController *hover() { return m_view->hover(); }
    bool shown() { return m_view->popup()->isVisible(); }

    // Moves the pointer onto `term` of a segment's source, as the mouse does.
    void pointAt(int segment, const QString &term, ReaderPane *pane = nullptr)
    {
        pane = pane ? pane : source();
        const int start = int(pane->sideText(segment).indexOf(term));
        const QList<QRectF> rects = pane->rangeRects(segment, { start, int(term.size()) });
        QVERIFY(!rects.isEmpty());
        QTest::mouseMove(pane->viewport(), QPoint(1, 1)); // a move to the same point is no move
        QTest::mouseMove(pane->viewport(), QPoint(int(rects.front().left()) + 3, int(rects.front().center().y())));
    }

    QRect globalRect(QWidget *w) { return QRect(w->mapToGlobal(QPoint(0, 0)), w->size()); }

private slots:
    void initTestCase() { QVERIFY(testing::loadTestDictionary(m_dict)); }

    void init()
    {
        std::tie(m_doc, m_view) = testing::shownReaderView(60, m_dict);
        hover()->setDelay(0);
    }

    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

    void popup_waitsForThePointerToRest()
    {
        hover()->setDelay(200);
        pointAt(0, QStringLiteral("傍晚"));
        QCOMPARE(m_view->litSegment(), 0); // the sentence lights at once ...
        QVERIFY(!shown()); // ... the popup only after the delay
        QTRY_VERIFY(shown());
        // Moving away before the delay is up shows nothing.
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(source(), &leave);
        QVERIFY(!shown());
        pointAt(0, QStringLiteral("灯塔"));
        QEvent leave2(QEvent::Leave);
        QApplication::sendEvent(source(), &leave2);
        QTest::qWait(300);
        QVERIFY(!shown());
    }

    void popup_turnedOff_neverShows_butSentencesStillLight()
    {
        hover()->setEnabled(false);
        pointAt(0, QStringLiteral("傍晚"));
        QTest::qWait(50);
        QVERIFY(!shown());
        QCOMPARE(m_view->litSegment(), 0);
        hover()->setEnabled(true);
        pointAt(0, QStringLiteral("灯塔"));
        QVERIFY(shown());
    }

    void popup_goesOnScroll_key_click_andLeave()
    {
        pointAt(0, QStringLiteral("傍晚"));
        QVERIFY(shown());
        hover()->setDelay(200);
        source()->setPosition(10, 0); // the word is no longer under the pointer
        QVERIFY(!shown()); // gone at once; what is under the pointer now shows once scrolling rests
        hover()->setDelay(0);

        pointAt(10, QStringLiteral("傍晚"));
        QVERIFY(shown());
        QTest::keyClick(source(), Qt::Key_J);
        QVERIFY(!shown());

        pointAt(10, QStringLiteral("傍晚"));
        QVERIFY(shown());
        QTest::mousePress(target()->viewport(), Qt::LeftButton, {}, QPoint(20, 20));
        QVERIFY(!shown());
        QTest::mouseRelease(target()->viewport(), Qt::LeftButton, {}, QPoint(20, 20));

        pointAt(10, QStringLiteral("傍晚"));
        QVERIFY(shown());
        QEvent deactivate(QEvent::WindowDeactivate); // a dialog or another window took over
        QApplication::sendEvent(m_view.get(), &deactivate);
        QVERIFY(!shown());
    }

    void popup_neverOpensOverADialog()
    {
        QDialog dialog(m_view.get());
        dialog.setModal(true);
        dialog.show();
        QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
        hover()->request(m_view->lookup()->at(QStringLiteral("傍晚"), 0), QRect(10, 10, 20, 20), source());
        QVERIFY(!shown());
    }

    void shift_pinsThePopup_escLetsItGo()
    {
        pointAt(0, QStringLiteral("傍晚"));
        QVERIFY(shown());
        const QString word = m_view->popup()->entries().front().headword;
        QTest::keyClick(source(), Qt::Key_Shift, Qt::ShiftModifier);
        QVERIFY(hover()->isPinned());
        pointAt(0, QStringLiteral("灯塔")); // moving on keeps the pinned word
        QVERIFY(shown());
        QCOMPARE(m_view->popup()->entries().front().headword, word);
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(source(), &leave);
        QVERIFY(shown());
        QTest::keyClick(source(), Qt::Key_Escape);
        QVERIFY(!shown());
        QVERIFY(!hover()->isPinned());
        pointAt(0, QStringLiteral("灯塔"));
        QCOMPARE(m_view->popup()->entries().front().headword, QStringLiteral("灯塔"));
    }

    void popup_staysInThePanePointedAt_clearOfTheOtherPane()
    {
        struct Case {
            ReaderPane *pane, *other;
            int segment;
            QString word;
        };
        source()->setPosition(3, 0); // segment 7's words sit low in the pane: the popup goes above
        const QList<Case> cases { { source(), target(), 5, QStringLiteral("傍晚") },
                                  { source(), target(), 7, QStringLiteral("幻方") },
                                  { target(), source(), 7, QStringLiteral("Magic Square") } };
        for (const Case &c : cases) {
            pointAt(c.segment, c.word, c.pane);
            QVERIFY2(shown(), qPrintable(c.word));
            const QRect popup = m_view->popup()->frameGeometry();
            QVERIFY2(!popup.intersects(globalRect(c.other)), qPrintable(c.word));
            QVERIFY2(globalRect(c.pane).contains(popup), qPrintable(c.word));
            // The word's own line stays readable.
            const int start = int(c.pane->sideText(c.segment).indexOf(c.word));
            const QRectF line = c.pane->rangeRects(c.segment, { start, int(c.word.size()) }).front();
            const QRect lineGlobal(c.pane->viewport()->mapToGlobal(line.topLeft().toPoint()), line.size().toSize());
            QVERIFY2(!popup.intersects(lineGlobal), qPrintable(c.word));
            QEvent leave(QEvent::Leave);
            QApplication::sendEvent(c.pane, &leave);
        }
    }

    void placement_belowTheLine_elseAbove()
    {
        const QRect pane(0, 0, 400, 300);
        QCOMPARE(HoverController::placement({ 200, 100 }, { 50, 40, 30, 20 }, pane), QPoint(50, 64));
        QCOMPARE(HoverController::placement({ 200, 100 }, { 50, 240, 30, 20 }, pane), QPoint(50, 136));
        // Near the pane's right edge it moves left, never past the pane.
        QCOMPARE(HoverController::placement({ 200, 100 }, { 350, 40, 30, 20 }, pane).x(), 200);
    }
};

QTEST_MAIN(TestHoverController)
#include "tst_hovercontroller.moc"
