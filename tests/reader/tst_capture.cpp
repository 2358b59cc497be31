#include "../support/result.h"
#include "edit/projectdocument.h"
#include "glossary/cedictreader.h"
#include "study/worddatabase.h"
#include "style/colours.h"
#include "view/readerview.h"
#include "view/segmentactions.h"
#include "viewfixture.h"

#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

// Vocabulary and notes capture the unit the user means (issue 14, item 6).
class TestCapture : public QObject
{
    Q_OBJECT

    Dictionary m_dict;
    std::unique_ptr<ProjectDocument> m_doc;
    std::unique_ptr<ReaderView> m_view;
    std::unique_ptr<SegmentActions> m_actions;

    ReaderPane *source() { return m_view->pane(Side::Source); }
    TextRange rangeOf(int segment, const QString &piece)
    {
        return { int(m_doc->segment(segment).source.text.indexOf(piece)), int(piece.size()) };
    }
    QAction *action(QMenu *menu, const QString &prefix)
    {
        for (QAction *a : menu->actions())
            if (a->text().startsWith(prefix))
                return a;
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(testing::loadTestDictionary(m_dict)); }

    void init()
    {
        std::tie(m_doc, m_view) = testing::shownReaderView(3, m_dict);
        m_actions = std::make_unique<SegmentActions>(m_view.get(), nullptr);
    }

    void cleanup()
    {
        m_actions.reset();
        m_view.reset();
        m_doc.reset();
    }

    void vocabulary_fromASelectionWithPunctuation_isTheWordWithItsReadingAndMeaning()
    {
        source()->selectRange(0, rangeOf(0, QStringLiteral("傍晚，")));
        const TextRange selected = m_actions->targetRange(Side::Source, 0, -1);
        m_actions->addToVocabulary(Side::Source, 0, selected);
        QCOMPARE(m_doc->data().vocabulary.size(), 1);
        const VocabularyItem &v = m_doc->data().vocabulary.front();
        QCOMPARE(v.term, QStringLiteral("傍晚")); // no comma
        QCOMPARE(v.reading, QStringLiteral("bàng wǎn"));
        QCOMPARE(v.gloss, QStringLiteral("evening")); // the Anki card has a back
        QVERIFY(v.context.contains(QStringLiteral("傍晚")));
    }

    void vocabulary_marksTheWordLearningInTheWordList()
    {
        QTemporaryDir dir;
        WordDatabase words;
        QVERIFY_OK(words.open(dir.filePath(QStringLiteral("w.sqlite"))));
        QVERIFY_OK(words.set({ QStringLiteral("zh"), QStringLiteral("灯塔"), WordStatus::Known, {}, {}, {} }));
        m_actions->setWords(&words);
        QSignalSpy changed(m_actions.get(), &SegmentActions::wordsChanged);
        m_actions->addToVocabulary(Side::Source, 0, rangeOf(0, QStringLiteral("傍晚")));
        QCOMPARE(words.status(QStringLiteral("zh"), u"傍晚"), WordStatus::Learning1);
        QCOMPARE(words.find(QStringLiteral("zh"), u"傍晚")->reading, QStringLiteral("bàng wǎn"));
        QCOMPARE(changed.size(), 1);
        m_actions->addToVocabulary(Side::Source, 0, rangeOf(0, QStringLiteral("灯塔")));
        QCOMPARE(words.status(QStringLiteral("zh"), u"灯塔"), WordStatus::Known); // a known word stays known
        m_actions->setWords(nullptr);
    }

    void vocabulary_atThePointer_isTheDictionaryWordThere()
    {
        const TextRange word = m_actions->targetRange(Side::Source, 0, rangeOf(0, QStringLiteral("灯塔")).start);
        m_actions->addToVocabulary(Side::Source, 0, word);
        const VocabularyItem &v = m_doc->data().vocabulary.front();
        QCOMPARE(v.term, QStringLiteral("灯塔")); // the glossary's term (the user's own first)
        QCOMPARE(v.reading, QStringLiteral("dēng tǎ"));
        QVERIFY(!v.gloss.isEmpty());
    }

    void note_withoutASelection_isOnTheWholeSegment()
    {
        m_actions->setNoteAsker([] { return QStringLiteral("Check the year."); });
        std::unique_ptr<QMenu> menu(m_actions->buildMenu(Side::Source, 0, rangeOf(0, QStringLiteral("三十二")).start));
        QAction *note = action(menu.get(), QStringLiteral("Add note on the segment"));
        QVERIFY(note);
        note->trigger();
        QCOMPARE(m_doc->data().highlights.size(), 1);
        const Highlight &h = m_doc->data().highlights.front();
        QCOMPARE(h.range, (TextRange { 0, int(m_doc->segment(0).source.text.size()) }));
        QCOMPARE(h.note, QStringLiteral("Check the year."));
        QCOMPARE(h.color, defaultHighlightColour()); // notes and highlights get the same colour

        source()->selectRange(0, rangeOf(0, QStringLiteral("北角灯塔")));
        menu.reset(m_actions->buildMenu(Side::Source, 0, rangeOf(0, QStringLiteral("北角")).start));
        QVERIFY(action(menu.get(), QStringLiteral("Add note on the selection")));
        action(menu.get(), QStringLiteral("Add note on the selection"))->trigger();
        QCOMPARE(m_doc->data().highlights.back().range, rangeOf(0, QStringLiteral("北角灯塔")));
    }
};

QTEST_MAIN(TestCapture)
#include "tst_capture.moc"
