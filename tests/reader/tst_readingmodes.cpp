#include "settings.h"
#include "view/readaloud.h"
#include "view/speechengine.h"
#include "viewfixture.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

namespace {

class VoicedEngine : public SpeechEngine
{
public:
    bool canSpeak(const QString &) const override { return true; }
    QStringList voices(const QString &language) const override
    {
        return language == QLatin1String("zh") ? QStringList { QStringLiteral("Ting"), QStringLiteral("Mei") }
                                               : QStringList {};
    }
    void say(const QString &, const QString &, double) override { }
    void pause() override { }
    void resume() override { }
    void stop() override { }
};

} // namespace

// Reading one language with the other's counterpart in a strip, or both interleaved in one
// column (issue 15, view modes).
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
    void interleaved_oneColumn_translationBelowEachParagraph_litByBeads()
    {
        auto [doc, view] = testing::shownReaderView(1, m_dict);
        view->goToSegment(1);
        ReaderPane *column = view->pane(Side::Source);
        const int top = column->topSegment();
        view->setInterleaved(true);
        QVERIFY(view->isInterleaved());
        QVERIFY(column->isVisible());
        QVERIFY(!view->pane(Side::Target)->isVisible());
        QVERIFY(column->hasCompanion());
        QCOMPARE(column->topSegment(), top); // the reading position stays
        QCOMPARE(view->currentSegment(), 1);

        // The translation is below its paragraph, in the smaller font and its own ink.
        const Segment &first = doc->segment(0);
        const TextRange sourceSecond = first.source.sentences[1], targetSecond = first.target.sentences[1];
        const QList<QRectF> above = column->rangeRects(0, sourceSecond);
        const QList<QRectF> below = column->companionRects(0, targetSecond);
        QVERIFY(!above.isEmpty() && !below.isEmpty());
        QVERIFY(below.front().top() >= above.back().bottom());
        QVERIFY(column->companionRects(0, first.target.sentences[0]).front().height() < above.front().height() + 0.5);

        // Pointing at the translation below lights it and its source above, by the beads.
        const PanePosition at = column->positionAt(below.front().center());
        QCOMPARE(at.segment, 0);
        QVERIFY(at.companion);
        QVERIFY(at.offset >= targetSecond.start && at.offset < targetSecond.end());
        view->pointAt(Side::Target, at.segment, at.offset, QPoint(10, 10));
        QCOMPARE(view->litSegment(), 0);
        QCOMPARE(view->litRanges(Side::Source), QList<TextRange> { sourceSecond });
        QCOMPARE(view->litRanges(Side::Target), QList<TextRange> { targetSecond });
        // And pointing at the source lights the translation below.
        const PanePosition atSource = column->positionAt(above.front().center());
        QVERIFY(!atSource.companion);
        QCOMPARE(atSource.offset >= sourceSecond.start, true);

        view->setInterleaved(false);
        QVERIFY(!column->hasCompanion());
        QVERIFY(view->pane(Side::Target)->isVisible());
        QCOMPARE(column->topSegment(), top);
    }

    void interleaved_menuChoice_isRemembered_andLeavesForOtherModes()
    {
        makeWindow();
        QVERIFY(open(testing::kPage));
        m_window->view()->goToSegment(5);
        child<QAction>(QStringLiteral("readingMode_interleaved"))->trigger();
        QVERIFY(m_window->view()->isInterleaved());
        QCOMPARE(m_window->view()->currentSegment(), 5);
        QCOMPARE(Settings::instance().readingMode(), QStringLiteral("interleaved"));
        child<QAction>(QStringLiteral("interleavedSmaller"))->trigger(); // off
        QVERIFY(!Settings::instance().interleavedSmaller());
        QVERIFY(m_window->view()->isInterleaved());
        child<QAction>(QStringLiteral("readingMode_translation"))->trigger();
        QVERIFY(!m_window->view()->isInterleaved());
        QCOMPARE(m_window->view()->singleSide(), std::optional(Side::Target));
        QVERIFY(!m_window->view()->pane(Side::Source)->hasCompanion());
        QCOMPARE(m_window->view()->currentSegment(), 5);
        dropWindow();
        Settings::instance().setReadingMode(QStringLiteral("interleaved"));
        makeWindow(); // opens in the remembered mode
        QVERIFY(open(testing::kPage));
        QVERIFY(m_window->view()->isInterleaved());
        dropWindow();
        Settings::instance().setReadingMode(QStringLiteral("both"));
        Settings::instance().setInterleavedSmaller(true);
    }
    void messageAtStart_hidesThePositionLine_notDrawnOverIt()
    {
        // Word status restored at start says how to use it before the window shows.
        Settings::instance().setWordStatus(true);
        makeWindow();
        QVERIFY(open(testing::kPage));
        auto *line = child<QLabel>(QStringLiteral("positionLine"));
        QVERIFY(line);
        QStatusBar *bar = m_window->statusBar();
        QVERIFY(!bar->currentMessage().isEmpty());
        QVERIFY(!line->isVisible());
        bar->clearMessage();
        QVERIFY(line->isVisible());
        dropWindow();
        Settings::instance().setWordStatus(false);
    }
    void voiceAndSpeedPerLanguage_chosenInTheMenu_areRemembered()
    {
        makeWindow();
        m_window->setSpeechEngine(std::make_unique<VoicedEngine>());
        QVERIFY(open(testing::kPage));
        auto *menu = child<QMenu>(QStringLiteral("voicesMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QAction *mei = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QLatin1String("Mei"))
                mei = a;
        QVERIFY(mei);
        mei->trigger();
        child<QAction>(QStringLiteral("rate_zh_-0.4"))->trigger();
        QCOMPARE(Settings::instance().readAloudVoice(QStringLiteral("zh")), QStringLiteral("Mei"));
        QCOMPARE(Settings::instance().readAloudRate(QStringLiteral("zh")), -0.4);
        QCOMPARE(Settings::instance().readAloudRate(QStringLiteral("en")), Settings::instance().readAloudRate());
        // A new window's engine gets them.
        dropWindow();
        makeWindow();
        m_window->setSpeechEngine(std::make_unique<VoicedEngine>());
        QCOMPARE(m_window->readAloud()->engine()->voice(QStringLiteral("zh")), QStringLiteral("Mei"));
        QCOMPARE(m_window->readAloud()->rate(QStringLiteral("zh")), -0.4);
        dropWindow();
        Settings::instance().clear();
    }
};

QTEST_MAIN(TestReadingModes)
#include "tst_readingmodes.moc"
