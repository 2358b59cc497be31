#include "../support/result.h"
#include "study/worddatabase.h"
#include "style/colours.h"
#include "view/wordstatusview.h"
#include "viewfixture.h"

#include <QCursor>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

// Word status in the reader (issue 15): tinting, keys on the word under the pointer, N.
class TestWordStatus : public testing::ShownViewTest
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_lists = 0;
    std::unique_ptr<WordDatabase> m_words;

    WordStatusView *status() { return m_view->wordStatus(); }
    ReaderPane *source() { return m_view->pane(Side::Source); }

    TextRange rangeOf(int segment, const QString &word)
    {
        return { int(m_doc->segment(segment).source.text.indexOf(word)), int(word.size()) };
    }

    QColor tintOf(int segment, TextRange r)
    {
        QList<Decoration> d;
        status()->decorate(segment, Side::Source, d);
        for (const Decoration &x : d)
            if (x.range == r)
                return x.color;
        return {};
    }

    // Puts the pointer over a word of the source pane, as the mouse does.
    void pointAt(int segment, TextRange r)
    {
        const QList<QRectF> rects = source()->rangeRects(segment, r);
        QVERIFY(!rects.isEmpty());
        const QPoint p = rects.front().center().toPoint();
        QCursor::setPos(source()->viewport()->mapToGlobal(p));
        QTest::mouseMove(source()->viewport(), p);
    }

private slots:
    void initTestCase() { QVERIFY(loadDictionary()); }

    void init()
    {
        m_words = std::make_unique<WordDatabase>();
        QVERIFY_OK(m_words->open(m_dir.filePath(QStringLiteral("words-%1.sqlite").arg(++m_lists))));
        showView();
        status()->setWords(m_words.get());
        status()->setDictionary(&m_dict);
        status()->setEnabled(true);
    }

    void cleanup()
    {
        dropView();
        m_words.reset();
    }

    void newWords_areTinted_knownOnesNot()
    {
        const TextRange lighthouse = rangeOf(0, QStringLiteral("灯塔"));
        QCOMPARE(tintOf(0, lighthouse).rgb(), colour(Colour::WordNew, m_view->palette()).rgb());
        QVERIFY_OK(m_words->set({ QStringLiteral("zh"), QStringLiteral("灯塔"), WordStatus::Known, {}, {}, {} }));
        status()->forget();
        QVERIFY(!tintOf(0, lighthouse).isValid());
        QVERIFY(m_view->pane(Side::Target)->isVisible());
        QList<Decoration> target;
        status()->decorate(0, Side::Target, target);
        QVERIFY(target.isEmpty()); // the translation is not tinted
        status()->setEnabled(false);
        QVERIFY(!tintOf(0, rangeOf(0, QStringLiteral("工作"))).isValid());
    }

    void keys_setTheStatusOfTheWordUnderThePointer()
    {
        const TextRange lighthouse = rangeOf(0, QStringLiteral("灯塔"));
        pointAt(0, lighthouse);
        source()->setFocus();
        QTest::keyClick(source(), Qt::Key_2);
        QCOMPARE(m_words->status(QStringLiteral("zh"), u"灯塔"), WordStatus::Learning2);
        QCOMPARE(tintOf(0, lighthouse).rgb(), colour(Colour::WordLearning, m_view->palette()).rgb());
        QTest::keyClick(source(), Qt::Key_K);
        QCOMPARE(m_words->status(QStringLiteral("zh"), u"灯塔"), WordStatus::Known);
        QTest::keyClick(source(), Qt::Key_I);
        QCOMPARE(m_words->status(QStringLiteral("zh"), u"灯塔"), WordStatus::Ignored);
        QTest::keyClick(source(), Qt::Key_0);
        QCOMPARE(m_words->status(QStringLiteral("zh"), u"灯塔"), WordStatus::New);
    }

    void popup_saysTheStatusOfThePointedWord()
    {
        const TextRange lighthouse = rangeOf(0, QStringLiteral("灯塔"));
        QCOMPARE(status()->popupLine(0, lighthouse.start), QStringLiteral("灯塔: new (1-4, 5/K, I, 0)"));
        QVERIFY_OK(status()->setStatusAt(0, lighthouse.start, WordStatus::Learning3));
        QCOMPARE(status()->popupLine(0, lighthouse.start), QStringLiteral("灯塔: learning 3 (1-4, 5/K, I, 0)"));
        status()->setEnabled(false);
        QVERIFY(status()->popupLine(0, lighthouse.start).isEmpty());
    }

    void nextUnknown_skipsKnownWords()
    {
        const auto first = status()->nextUnknown(0, -1);
        QVERIFY(first);
        QCOMPARE(first->first, 0);
        const QString word = m_doc->segment(0).source.text.mid(first->second.start, first->second.length);
        QVERIFY_OK(m_words->set({ QStringLiteral("zh"), word, WordStatus::Known, {}, {}, {} }));
        status()->forget();
        const auto second = status()->nextUnknown(0, -1);
        QVERIFY(second);
        QVERIFY(second->second.start > first->second.start || second->first > 0);
    }

    void counts_knownShareOfASegment()
    {
        const WordCounts before = status()->counts(1); // 今晚有雾。
        QVERIFY(before.running > 0);
        QCOMPARE(before.runningKnown, 0);
        QVERIFY_OK(m_words->set({ QStringLiteral("zh"), QStringLiteral("今晚"), WordStatus::Known, {}, {}, {} }));
        status()->forget();
        QVERIFY(status()->counts(1).knownShare() > 0);
    }
};

QTEST_MAIN(TestWordStatus)
#include "tst_wordstatus.moc"
