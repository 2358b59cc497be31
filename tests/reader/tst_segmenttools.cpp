#include "panels/translationeditor.h"
#include "view/readerview.h"
#include "view/segmentactions.h"
#include "windowfixture.h"

#include <QAction>
#include <QStatusBar>

using namespace bireader;
using namespace bireader::reader;

namespace {

QAction *actionNamed(QMenu *menu, const QString &prefix)
{
    for (QAction *a : menu->actions())
        if (a->text().startsWith(prefix))
            return a;
    return nullptr;
}

} // namespace

// The segment tools' defects of issue 18, item 4.
class TestSegmentTools : public testing::WindowFixture
{
    Q_OBJECT

    int pairedWithTwoSentences() const
    {
        for (int i = 0; i < doc()->segmentCount(); ++i)
            if (doc()->segment(i).isPaired() && doc()->segment(i).source.sentences.size() >= 2
                && doc()->segment(i).target.sentences.size() >= 2)
                return i;
        return -1;
    }

private slots:
    void initTestCase() { startClean(); }
    void init() { makeWindow(); }
    void cleanup() { dropWindow(); }

    void oneCurrentSegment_afterAMergeBeforeIt()
    {
        QVERIFY(open(testing::kPage));
        m_window->view()->goToSegment(8);
        QCOMPARE(m_window->editor()->segment(), 8);
        doc()->mergeWithNext(2); // two segments before the current one become one
        QCOMPARE(m_window->view()->currentSegment(), 7);
        QCOMPARE(m_window->editor()->segment(), 7); // the panel follows the pane
        QCOMPARE(m_window->view()->pane(Side::Target)->currentSegment(), 7);
    }

    void stretchStart_isMarkedAndSaid()
    {
        QVERIFY(open(testing::kPage));
        m_window->segmentActions()->markStretchStart(3);
        QCOMPARE(m_window->view()->stretchStart(), 3);
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("segment 4")));
    }

    void stretchReAlignment_neverDropsAConfirmedLink()
    {
        QVERIFY(open(testing::kPage));
        const int seg = pairedWithTwoSentences();
        QCOMPARE(doc()->linkSentences(seg, 0, 0, 0, 0), QString());
        const QString e = m_window->segmentActions()->realignStretch(seg - 1, seg + 1);
        QVERIFY2(e.contains(QStringLiteral("confirmed")), qPrintable(e));
        QVERIFY(doc()->segment(seg).beads.front().confirmed);
    }

    void segmentMenu_splitsBeforeTheSelectedSentence()
    {
        QVERIFY(open(testing::kPage));
        const int seg = pairedWithTwoSentences();
        QVERIFY(seg >= 0);
        m_window->view()->goToSegment(seg);
        const int count = doc()->segmentCount();
        const TextRange second = doc()->segment(seg).source.sentences[1];
        m_window->view()->pane(Side::Source)->selectRange(seg, { second.start, 2 });
        auto *split = child<QAction>(QStringLiteral("splitAction"));
        QVERIFY(split);
        split->trigger();
        QCOMPARE(doc()->segmentCount(), count + 1);
    }

    void contextMenu_namesTheSide_andOffersNoStopWordToTheGlossary()
    {
        QVERIFY(open(testing::kPage));
        const int seg = pairedWithTwoSentences();
        const QString en = doc()->segment(seg).target.text;
        const int the = int(en.indexOf(QStringLiteral(" the "))) + 1;
        QVERIFY(the > 0);
        std::unique_ptr<QMenu> menu(m_window->segmentActions()->buildMenu(Side::Target, seg, the));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("Move first translation sentence")));
        QVERIFY(!actionNamed(menu.get(), QStringLiteral("Add “the”")));
        QVERIFY(!actionNamed(menu.get(), QStringLiteral("Add to glossary"))->isEnabled());
        menu.reset(m_window->segmentActions()->buildMenu(Side::Source, seg, 0));
        QVERIFY(actionNamed(menu.get(), QStringLiteral("Move first source sentence")));
    }

    void noteOnTheSegment_isAMarginMark_andItsTextShowsOnHover()
    {
        QVERIFY(open(testing::kPage));
        const int seg = pairedWithTwoSentences();
        m_window->segmentActions()->setNoteAsker([] { return QStringLiteral("Ask the author about this year."); });
        m_window->segmentActions()->addNote(Side::Source, seg, {});
        ReaderView *view = m_window->view();
        view->pointAt(Side::Source, seg, 1, QPoint(10, 10));
        QCOMPARE(view->pane(Side::Source)->viewport()->toolTip(), QStringLiteral("Ask the author about this year."));
    }
};

QTEST_MAIN(TestSegmentTools)
#include "tst_segmenttools.moc"
