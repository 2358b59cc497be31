#include "../support/result.h"
#include "study/worddatabase.h"
#include "style/colours.h"
#include "view/rubyview.h"
#include "viewfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bireader;
using namespace bireader::reader;

// Pinyin above Chinese words and tone colours (issue 15).
class TestRuby : public testing::ShownViewTest
{
    Q_OBJECT

    RubyView *ruby() { return m_view->ruby(); }

    QList<Decoration> decorations(int segment, Side side, Decoration::Kind kind)
    {
        QList<Decoration> all, out;
        ruby()->decorate(segment, side, all);
        for (const Decoration &d : all)
            if (d.kind == kind)
                out << d;
        return out;
    }

    QString rubyOver(int segment, const QString &word, Decoration::Kind kind = Decoration::Ruby)
    {
        const int at = int(m_doc->segment(segment).source.text.indexOf(word));
        for (const Decoration &d : decorations(segment, Side::Source, kind))
            if (d.range.start == at && d.range.length == word.size())
                return d.text;
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(loadDictionary()); }

    void init()
    {
        showView();
        ruby()->setDictionary(&m_dict);
    }

    void cleanup() { dropView(); }

    void pinyin_overChineseWords_roomOnTheChineseSideOnly()
    {
        const qreal before = m_view->pane(Side::Source)->segmentRect(0).height();
        ruby()->setPinyin(true);
        QVERIFY(m_view->pane(Side::Source)->hasRubySpace());
        QVERIFY(!m_view->pane(Side::Target)->hasRubySpace());
        QVERIFY(m_view->pane(Side::Source)->segmentRect(0).height() > before);
        QCOMPARE(rubyOver(0, QStringLiteral("灯塔")), QStringLiteral("dēng tǎ")); // the word's reading
        QVERIFY(decorations(0, Side::Target, Decoration::Ruby).isEmpty());
        ruby()->setNotation(RubyView::Notation::Numbers);
        QCOMPARE(rubyOver(0, QStringLiteral("灯塔")), QStringLiteral("deng1 ta3"));
        // Zhuyin stands beside each character, the characters further apart to make room.
        const qreal pinyinWidth = m_view->pane(Side::Source)->rangeRects(0, { 0, 1 }).front().width();
        ruby()->setNotation(RubyView::Notation::Zhuyin);
        QCOMPARE(rubyOver(0, QStringLiteral("灯"), Decoration::SideRuby), QStringLiteral("ㄉㄥ"));
        QCOMPARE(rubyOver(0, QStringLiteral("塔"), Decoration::SideRuby), QStringLiteral("ㄊㄚˇ"));
        QVERIFY(decorations(0, Side::Source, Decoration::Ruby).isEmpty());
        QVERIFY(m_view->pane(Side::Source)->rangeRects(0, { 0, 1 }).front().width() > pinyinWidth);
        ruby()->setNotation(RubyView::Notation::Marks);
        QCOMPARE(m_view->pane(Side::Source)->rangeRects(0, { 0, 1 }).front().width(), pinyinWidth);
        ruby()->setPinyin(false);
        QVERIFY(!m_view->pane(Side::Source)->hasRubySpace());
        QVERIFY(decorations(0, Side::Source, Decoration::Ruby).isEmpty());
    }

    void toneColours_oneColourACharacter()
    {
        QVERIFY(ruby()->inks(0, Side::Source).empty());
        ruby()->setToneScheme(ToneScheme::Pleco);
        const int at = int(m_doc->segment(0).source.text.indexOf(QStringLiteral("灯塔")));
        QColor deng, ta;
        for (const auto &[range, colour] : ruby()->inks(0, Side::Source)) {
            if (range.first == at)
                deng = colour;
            if (range.first == at + 1)
                ta = colour;
        }
        QVERIFY(ruby()->inks(0, Side::Target).empty()); // English has no tones
        m_view->pane(Side::Source)->repaint(); // the layout carries the colours
        QCOMPARE(deng, toneColour(ToneScheme::Pleco, 1, m_view->palette()));
        QCOMPARE(ta, toneColour(ToneScheme::Pleco, 3, m_view->palette()));
        QVERIFY(deng != ta);
    }

    void knownWords_withoutPinyin_whenAsked()
    {
        QTemporaryDir dir;
        WordDatabase words;
        QVERIFY_OK(words.open(dir.filePath(QStringLiteral("w.sqlite"))));
        QVERIFY_OK(words.set({ QStringLiteral("zh"), QStringLiteral("灯塔"), WordStatus::Known, {}, {}, {} }));
        ruby()->setWords(&words);
        ruby()->setPinyin(true);
        QVERIFY(!rubyOver(0, QStringLiteral("灯塔")).isEmpty());
        ruby()->setHideKnown(true);
        QVERIFY(rubyOver(0, QStringLiteral("灯塔")).isEmpty());
        ruby()->setWords(nullptr);
    }
};

QTEST_MAIN(TestRuby)
#include "tst_ruby.moc"
