#include "io/articleedges.h"
#include "text/sentencesplitter.h"

#include <QTest>

using namespace bireader;

namespace {

SideText side(const QString &text, const QString &language)
{
    return text.isEmpty() ? SideText {} : SideText { text, SentenceSplitter(language).split(text), {} };
}

Segment seg(const QString &zh, const QString &en = {})
{
    Segment s;
    s.source = side(zh, QStringLiteral("zh"));
    s.target = side(en, QStringLiteral("en"));
    return s;
}

} // namespace

class TestArticleEdges : public QObject
{
    Q_OBJECT

private slots:
    void titleLike_needsAFewWords_notABodyParagraph()
    {
        QVERIFY(!isTitleLike(QStringLiteral("跳至主要内容")));
        QVERIFY(!isTitleLike(QStringLiteral("Skip to content")));
        QVERIFY(!isTitleLike(QStringLiteral("Home")));
        QVERIFY(isTitleLike(QStringLiteral("Revealing the Quiet Lab: a Story of Patience")));
        QVERIFY(isTitleLike(QStringLiteral("北角灯塔最后的守护人")));
        QVERIFY(!isTitleLike(QString(300, QLatin1Char('w')).replace(QLatin1Char('w'), QStringLiteral("word "))));
    }

    void edges_chromeBeforeAndFooterAfter_setAside_headlineKept()
    {
        QList<Segment> page { seg(QStringLiteral("跳至主要内容")),
                              seg({}, QStringLiteral("The Night the Harbour Lights Came Back")),
                              seg(QStringLiteral("文 | 林青"), QStringLiteral("Text | Lin Qing")),
                              seg(QStringLiteral("港口的灯又亮了。"),
                                  QStringLiteral("The harbour lights are on again.")),
                              seg(QStringLiteral("这一段没有译文。")),
                              seg(QStringLiteral("渔民们很高兴。"), QStringLiteral("The fishermen are glad.")),
                              seg(QStringLiteral("评论")),
                              seg(QStringLiteral("此博客中的热门博文")),
                              seg({}, QStringLiteral("Share this story with a friend today")) };
        QCOMPARE(excludePageEdges(page), 4);
        const QList<bool> expected { true, false, false, false, false, false, true, true, true };
        for (qsizetype i = 0; i < page.size(); ++i)
            QCOMPARE(page[i].excluded, expected[i]);
        QCOMPARE(articleTitle(page), QStringLiteral("The Night the Harbour Lights Came Back"));
    }

    void edges_onePairOrNone_nothingSetAside()
    {
        QList<Segment> text { seg(QStringLiteral("只有中文。")), seg(QStringLiteral("一句"), QStringLiteral("One")),
                              seg(QStringLiteral("又一句。")) };
        QCOMPARE(excludePageEdges(text), 0);
        QList<Segment> none { seg(QStringLiteral("只有中文。")) };
        QCOMPARE(excludePageEdges(none), 0);
        QCOMPARE(articleTitle(none), QStringLiteral("只有中文。"));
    }

    void title_withoutAHeadline_isTheFirstPairsHeadingOrSentence()
    {
        QList<Segment> page { seg(QStringLiteral("首页")),
                              seg(QStringLiteral("港口的灯又亮了"), QStringLiteral("The Harbour Lights Are On Again")),
                              seg(QStringLiteral("渔民们很高兴。"), QStringLiteral("The fishermen are glad.")) };
        QCOMPARE(articleTitle(page), QStringLiteral("The Harbour Lights Are On Again"));
        QList<Segment> body { seg(QStringLiteral("渔民们很高兴。他们笑了。"),
                                  QStringLiteral("The fishermen are glad today. They laughed.")),
                              seg(QStringLiteral("灯亮了。"), QStringLiteral("The lights are on.")) };
        QCOMPARE(articleTitle(body), QStringLiteral("The fishermen are glad today."));
    }
};

QTEST_GUILESS_MAIN(TestArticleEdges)
#include "tst_articleedges.moc"
