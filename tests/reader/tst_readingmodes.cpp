#include "settings.h"
#include "viewfixture.h"
#include "windowfixture.h"

#include <QAction>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

// Reading one language with the other's counterpart in a strip (issue 15, view modes).
class TestReadingModes : public testing::WindowFixture
{
    Q_OBJECT

    Dictionary m_dict;

private slots:
    void initTestCase()
    {
        startClean();
        QVERIFY(testing::loadTestDictionary(m_dict));
    }

    void sourceOnly_stripShowsTheCounterpart()
    {
        auto [doc, view] = testing::shownReaderView(1, m_dict);
        view->setSingleSide(Side::Source);
        QVERIFY(view->pane(Side::Source)->isVisible());
        QVERIFY(!view->pane(Side::Target)->isVisible());
        // The current segment's translation, until a sentence is pointed at.
        QCOMPARE(view->stripText(), doc->segment(view->currentSegment()).target.text);
        const Segment &first = doc->segment(0);
        view->pointAt(Side::Source, 0, first.source.sentences[1].start + 1, QPoint(10, 10));
        const TextRange second = first.target.sentences[1];
        QCOMPARE(view->stripText(), first.target.text.mid(second.start, second.length).trimmed());
        view->clearPointer();
        QCOMPARE(view->stripText(), doc->segment(view->currentSegment()).target.text);
    }

    void translationOnly_andBackToBoth()
    {
        auto [doc, view] = testing::shownReaderView(1, m_dict);
        view->setSingleSide(Side::Target);
        QVERIFY(!view->pane(Side::Source)->isVisible());
        QCOMPARE(view->stripText(), doc->segment(view->currentSegment()).source.text);
        view->goToSegment(1);
        QCOMPARE(view->stripText(), doc->segment(1).source.text);
        view->setSingleSide(std::nullopt);
        QVERIFY(view->pane(Side::Source)->isVisible() && view->pane(Side::Target)->isVisible());
        QVERIFY(view->stripText().isEmpty());
    }

    void menuChoice_isRemembered_andKeepsThePosition()
    {
        makeWindow();
        QVERIFY(open(testing::kPage));
        m_window->view()->goToSegment(5);
        QAction *source = child<QAction>(QStringLiteral("readingMode_source"));
        QVERIFY(source);
        source->trigger();
        QCOMPARE(m_window->view()->singleSide(), std::optional(Side::Source));
        QCOMPARE(m_window->view()->currentSegment(), 5);
        QCOMPARE(Settings::instance().readingMode(), QStringLiteral("source"));
        child<QAction>(QStringLiteral("readingMode_both"))->trigger();
        QCOMPARE(m_window->view()->singleSide(), std::nullopt);
        QCOMPARE(m_window->view()->currentSegment(), 5);
        dropWindow();
    }
};

QTEST_MAIN(TestReadingModes)
#include "tst_readingmodes.moc"
