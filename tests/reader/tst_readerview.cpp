#include "edit/projectdocument.h"
#include "glossary/cedictreader.h"
#include "glossary/lexicon.h"
#include "style/theme.h"
#include "view/hovercontroller.h"
#include "view/hoverpopup.h"
#include "view/minimap.h"
#include "view/panesync.h"
#include "view/readerview.h"
#include "view/segmentactions.h"
#include "viewfixture.h"

#include <QContextMenuEvent>
#include <QMenu>

#include <QSignalSpy>
#include <QSplitter>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

namespace {

QRectF termRect(ReaderPane *pane, int segment, const QString &term)
{
    const int start = int(pane->sideText(segment).indexOf(term));
    const QList<QRectF> rects = pane->rangeRects(segment, { start, int(term.size()) });
    return rects.isEmpty() ? QRectF() : rects.front();
}

} // namespace

class TestReaderView : public QObject
{
    Q_OBJECT

    Dictionary m_dict;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<ReaderView> m_view;

    ReaderPane *source() { return m_view->pane(Side::Source); }
    ReaderPane *target() { return m_view->pane(Side::Target); }

private slots:
    void initTestCase() { QVERIFY(testing::loadTestDictionary(m_dict)); }

    void init()
    {
        std::tie(m_doc, m_view) = testing::shownReaderView(200, m_dict);
        m_view->hover()->setDelay(0);
    }

    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

    void open_fillsBothPanes()
    {
        QVERIFY(!source()->visibleSegments().isEmpty());
        QVERIFY(!target()->visibleSegments().isEmpty());
        QCOMPARE(source()->sideText(0), m_doc->segment(0).source.text);
        QCOMPARE(target()->sideText(0), m_doc->segment(0).target.text);
    }

    void scrollOnePane_otherShowsTheSameSegmentAtTheSameHeight()
    {
        // The English side is taller than the Chinese one; scrolling by the wheel in
        // either pane brings the other to the same segment, scrolled by the same share.
        for (int step = 0; step < 25; ++step) {
            QWheelEvent wheel(QPointF(50, 50), source()->viewport()->mapToGlobal(QPointF(50, 50)), {}, { 0, -120 },
                              Qt::NoButton, {}, Qt::NoScrollPhase, false);
            QApplication::sendEvent(source()->viewport(), &wheel);
        }
        const int top = source()->topSegment();
        QVERIFY(top > 3);
        QCOMPARE(target()->topSegment(), top);
        QVERIFY(qAbs(target()->topFraction() - source()->topFraction()) < 0.01);
        bool differ = false; // different heights on each side (which segment depends on the fonts) ...
        for (int k = top + 1; k <= top + 5 && !differ; ++k) {
            const QRectF s = source()->segmentRect(k), t = target()->segmentRect(k);
            QVERIFY(!s.isEmpty() && !t.isEmpty());
            differ = qAbs(s.height() - t.height()) > 5;
        }
        QVERIFY(differ);

        target()->setPosition(40, 0); // ... yet a segment scrolled to the top sits at the same height
        QCOMPARE(source()->topSegment(), 40);
        QCOMPARE(source()->segmentRect(40).top(), target()->segmentRect(40).top());
        QCOMPARE(source()->segmentRect(40).top(), 0.0);
    }

    void unlocked_panesScrollAlone()
    {
        m_view->sync()->setLocked(false);
        source()->setPosition(30, 0);
        QCOMPARE(target()->topSegment(), 0);
        m_view->sync()->setLocked(true); // locking again brings the other pane along
        QCOMPARE(target()->topSegment(), 30);
    }

    void currentSegment_isShared()
    {
        QTest::keyClick(target(), Qt::Key_J);
        QCOMPARE(source()->currentSegment(), 1);
        for (int k = 0; k < 12; ++k) // the taller pane's segment is kept whole in view too
            QTest::keyClick(source(), Qt::Key_J);
        const QRectF shown = target()->segmentRect(13);
        QVERIFY(!shown.isEmpty() && shown.top() >= 0 && shown.bottom() <= target()->viewport()->height());
        m_view->goToSegment(333);
        QCOMPARE(target()->currentSegment(), 333);
        QVERIFY(source()->visibleSegments().contains(333));
        QVERIFY(target()->visibleSegments().contains(333));
    }

    void hoverSentence_lightsItAndItsCounterpart()
    {
        const QRectF r = termRect(source(), 0, QStringLiteral("傍晚"));
        QTest::mouseMove(source()->viewport(), QPoint(int(r.left()) + 3, int(r.center().y())));
        QCOMPARE(m_view->litSegment(), 0);
        const Segment &s = m_doc->segment(0);
        QCOMPARE(m_view->litRanges(Side::Source), QList<TextRange> { s.source.sentences[1] });
        QCOMPARE(m_view->litRanges(Side::Target), QList<TextRange> { s.target.sentences[1] });
        QVERIFY(m_view->popup()->isVisible());
        QCOMPARE(m_view->popup()->entries()[0].glosses, QStringList { QStringLiteral("evening") });
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(source(), &leave);
        QCOMPARE(m_view->litSegment(), -1);
        QVERIFY(!m_view->popup()->isVisible());
    }

    void darkTheme_highlightStaysVisible_onTheHoveredSentence()
    {
        applyTheme(Theme::Dark);
        m_view->setPalette(QApplication::palette());
        const Segment &s = m_doc->segment(0);
        const TextRange word { int(s.source.text.indexOf(QStringLiteral("傍晚"))), 2 };
        m_doc->addHighlight({ 0, Side::Source, word, QString(), QString() });
        const QRectF r = termRect(source(), 0, QStringLiteral("傍晚"));
        m_view->pointAt(Side::Source, 0, word.start, source()->viewport()->mapToGlobal(r.center().toPoint()));
        QCOMPARE(m_view->litSegment(), 0);
        const QImage shot = source()->viewport()->grab().toImage();
        double red = 0, blue = 0;
        int n = 0;
        for (int x = int(r.left()) + 1; x < int(r.right()) - 1; ++x)
            for (int y = int(r.top()) + 1; y < int(r.bottom()) - 1; ++y, ++n) {
                const QColor c = shot.pixelColor(x, y);
                red += c.red();
                blue += c.blue();
            }
        applyTheme(Theme::Light);
        QVERIFY(n > 0);
        QVERIFY2(red > blue,
                 qPrintable(QStringLiteral("red %1 blue %2").arg(red / n).arg(blue / n))); // yellow, not the lit blue
    }

    void hoverGlossaryTerm_popupHoldsTheEntry_andMarksTheRenderingOpposite()
    {
        const QRectF r = termRect(source(), 2, QStringLiteral("幻方"));
        QVERIFY(!r.isEmpty());
        QTest::mouseMove(source()->viewport(), QPoint(int(r.left()) + 3, int(r.center().y())));
        QVERIFY(m_view->popup()->isVisible());
        const QList<HoverEntry> entries = m_view->popup()->entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries[0].headword, QStringLiteral("幻方"));
        QVERIFY(entries[0].fromGlossary);
        QVERIFY(m_view->popup()->html().contains(QStringLiteral("High-Flyer")));
        QVERIFY(m_view->popup()->html().contains(QStringLiteral("huàn fāng")));
        // The translation uses the forbidden rendering: it is marked as wrong in the other pane.
        QCOMPARE(m_view->termMarks().size(), 1);
        const auto &mark = m_view->termMarks()[0];
        QCOMPARE(mark.segment, 2);
        QCOMPARE(mark.side, Side::Target);
        QCOMPARE(mark.range, (TextRange { 0, 12 })); // "Magic Square"
        QVERIFY(!mark.approved);
    }

    void hoverInsideAGlossaryTerm_showsTheTerm_andMarksItsRendering()
    {
        // The term is underlined whole: its second character shows it too, not only 方's entries.
        const QRectF r = termRect(source(), 2, QStringLiteral("幻方"));
        QVERIFY(!r.isEmpty());
        QTest::mouseMove(source()->viewport(), QPoint(int(r.right()) - 3, int(r.center().y())));
        QVERIFY(m_view->popup()->isVisible());
        const QList<HoverEntry> entries = m_view->popup()->entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries[0].headword, QStringLiteral("幻方"));
        QVERIFY(entries[0].fromGlossary);
        QCOMPARE(m_view->termMarks().size(), 1);
        QCOMPARE(m_view->termMarks()[0].range, (TextRange { 0, 12 }));
    }

    void hoverRendering_inTheTranslation_showsItsGlossaryEntry()
    {
        m_doc->editTranslation(2, QStringLiteral("High-Flyer is a quant firm."));
        const QRectF r = termRect(target(), 2, QStringLiteral("High-Flyer"));
        QTest::mouseMove(target()->viewport(), r.center().toPoint());
        const QList<HoverEntry> entries = m_view->popup()->entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries[0].headword, QStringLiteral("幻方"));
        QCOMPARE(m_view->termMarks().size(), 1);
        QCOMPARE(m_view->termMarks()[0].side, Side::Source);
        QCOMPARE(m_view->termMarks()[0].range, (TextRange { 0, 2 }));
        QVERIFY(m_view->termMarks()[0].approved);
    }

    void hoverDictionaryWord_showsPinyinWithToneMarks()
    {
        const QRectF r = termRect(source(), 0, QStringLiteral("灯塔"));
        QTest::mouseMove(source()->viewport(), QPoint(int(r.left()) + 3, int(r.center().y())));
        const QList<HoverEntry> entries = m_view->popup()->entries();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries[0].headword, QStringLiteral("灯塔")); // the glossary entry first
        QVERIFY(entries[0].fromGlossary);
        QCOMPARE(entries[1].headword, QStringLiteral("灯塔")); // then the dictionary's
        QCOMPARE(entries[1].reading, QStringLiteral("dēng tǎ"));
        QVERIFY(entries[1].glosses.contains(QStringLiteral("lighthouse")));
    }

    void ctrlClickOnAWebAddress_asksToOpenIt_nothingElseDoes()
    {
        m_doc->editTranslation(1, QStringLiteral("Fog: see https://example.org/fog. Or javascript:alert(1) here."));
        QSignalSpy opened(m_view.get(), &ReaderView::linkActivated);
        const QRectF link = termRect(target(), 1, QStringLiteral("example.org"));
        QTest::mouseClick(target()->viewport(), Qt::LeftButton, {}, link.center().toPoint()); // no Ctrl: nothing
        QCOMPARE(opened.size(), 0);
        QTest::mouseClick(target()->viewport(), Qt::LeftButton, Qt::ControlModifier, link.center().toPoint());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toUrl(), QUrl(QStringLiteral("https://example.org/fog")));
        const QRectF js = termRect(target(), 1, QStringLiteral("javascript"));
        QTest::mouseClick(target()->viewport(), Qt::LeftButton, Qt::ControlModifier, js.center().toPoint());
        QCOMPARE(opened.size(), 1);
    }

    void contextMenu_onAWord_offersItForTheGlossary()
    {
        Lexicon lexicon;
        SegmentActions actions(m_view.get(), &lexicon);
        const QString text = source()->sideText(0);
        const int at = int(text.indexOf(QStringLiteral("工作")));
        QCOMPARE(actions.targetRange(Side::Source, 0, at + 1), (TextRange { at, 2 })); // the word around the point
        std::unique_ptr<QMenu> menu(actions.buildMenu(Side::Source, 0, at + 1));
        QAction *add = menu->actions().value(0);
        QVERIFY(add->isEnabled());
        QCOMPARE(add->text(), QStringLiteral("Add “工作” to glossary…"));
        // Through the real event: a right click on the word opens the same menu.
        QSignalSpy asked(m_view.get(), &ReaderView::contextMenuRequested);
        const QRectF r = termRect(source(), 0, QStringLiteral("工作"));
        QContextMenuEvent event(QContextMenuEvent::Mouse, r.center().toPoint(),
                                source()->viewport()->mapToGlobal(r.center().toPoint()));
        QApplication::sendEvent(source()->viewport(), &event);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][1].toInt(), 0);
        const int offset = asked[0][2].toInt();
        QVERIFY2(offset == at || offset == at + 1, qPrintable(QString::number(offset)));
    }

    void minimap_marksUnpairedAndCorrected_andJumps()
    {
        const auto &marks = m_view->minimap(Side::Source)->marks();
        QCOMPARE(int(marks.size()), m_doc->segmentCount());
        QCOMPARE(marks[4], (unsigned char)Minimap::Unpaired);
        m_doc->editTranslation(1, QStringLiteral("Fog tonight."));
        QCOMPARE(m_view->minimap(Side::Target)->marks()[1], (unsigned char)Minimap::Corrected);
        Minimap *map = m_view->minimap(Side::Target);
        QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(5, map->height() / 2));
        const int middle = m_doc->segmentCount() / 2;
        QVERIFY(qAbs(source()->currentSegment() - middle) <= m_doc->segmentCount() / map->height() + 1);
        QVERIFY(source()->visibleSegments().contains(source()->currentSegment()));
    }

    void swapAndStack_rearrangeThePanes()
    {
        auto *splitter = m_view->findChild<QSplitter *>();
        QVERIFY(splitter->widget(0)->isAncestorOf(source()));
        m_view->setSwapped(true);
        QVERIFY(splitter->widget(0)->isAncestorOf(target()));
        m_view->setStacked(true);
        QCOMPARE(splitter->orientation(), Qt::Vertical);
    }

    void zoom_scalesBothFonts_andKeepsTheCurrentSegment()
    {
        m_view->goToSegment(100);
        const qreal before = source()->textFont().pointSizeF();
        m_view->zoom(3);
        QCOMPARE(m_view->zoomPercent(), 130);
        QVERIFY(source()->textFont().pointSizeF() > before * 1.25);
        QVERIFY(target()->textFont().pointSizeF() > 0);
        QVERIFY(source()->visibleSegments().contains(100));
        m_view->zoom(0);
        QCOMPARE(source()->textFont().pointSizeF(), before);
    }
};

QTEST_MAIN(TestReaderView)
#include "tst_readerview.moc"
