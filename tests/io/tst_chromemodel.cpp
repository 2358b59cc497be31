// What tells an article's paragraphs from a web page's chrome: the ending, the size.
#include "io/chromemodel.h"

#include <QTest>

#include <cmath>

using namespace bireader;

class TestChromeModel : public QObject
{
    Q_OBJECT

private slots:
    void endsLikeProse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("prose");
        QTest::newRow("full stop") << QStringLiteral("The lights went out twice.") << true;
        QTest::newRow("Chinese full stop") << QStringLiteral("灯灭了两次。") << true;
        QTest::newRow("closing quote") << QStringLiteral("他说：“灯塔不只是一盏灯。”") << true;
        QTest::newRow("corner bracket") << QStringLiteral("「走吧！」") << true;
        QTest::newRow("comma, a verse cut short") << QStringLiteral("And the LORD spake unto Moses, saying,") << true;
        QTest::newRow("dash, a broken-off line") << QStringLiteral("“你为什么——”") << true;
        QTest::newRow("ellipsis") << QStringLiteral("他没有回答……") << true;
        QTest::newRow("trailing space") << QStringLiteral("Done.  ") << true;
        QTest::newRow("menu") << QStringLiteral("Home | News | About") << false;
        QTest::newRow("link") << QStringLiteral("Read more »") << false;
        QTest::newRow("Chinese footer") << QStringLiteral("上一篇 下一篇") << false;
        QTest::newRow("headline") << QStringLiteral("The Last Keeper of the North Cape") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only a quote") << QStringLiteral("”") << false;
    }
    void endsLikeProse()
    {
        QFETCH(QString, text);
        QFETCH(bool, prose);
        QCOMPARE(bireader::endsLikeProse(text), prose);
    }

    void readsAsNavigation_menusAndTrails_notProse()
    {
        QVERIFY(bireader::readsAsNavigation(QStringLiteral("Home | News | Tech")));
        QVERIFY(bireader::readsAsNavigation(QStringLiteral("当前位置：首页 > 文章")));
        QVERIFY(bireader::readsAsNavigation(QStringLiteral("Blog » 2024 » November")));
        QVERIFY(!bireader::readsAsNavigation(QStringLiteral("The Last Keeper of the North Cape")));
        QVERIFY(!bireader::readsAsNavigation(QStringLiteral("首页")));
        // A long paragraph that holds a ">" is prose.
        QVERIFY(!bireader::readsAsNavigation(
            QStringLiteral("When the pressure is > 1000 hPa the harbour master lets the boats out, and the old "
                           "keeper climbs the hundred and eighteen steps to light the lamp as he always did.")));
    }

    void unmeasured_saysNothing()
    {
        const ChromeModel model;
        QVERIFY(!model.measured());
        QCOMPARE(model.articleOdds(std::log(10.0), 0, 1), 0.0);
    }

    void measured_shortLineWithoutFullStop_isChrome_proseOfAnySize_isArticle()
    {
        ChromeModel model;
        ChromeModel::Sample sample;
        for (int i = 0; i < 20; ++i)
            sample.pairSizes.push_back(std::log(150.0 + 10 * i));
        sample.pairEnds = 39;
        sample.pairParagraphs = 40;
        sample.edgeEnds = 0;
        sample.edgeParagraphs = 6;
        model.measure(sample);
        QVERIFY(model.measured());
        QVERIFY(model.articleOdds(std::log(10.0), 0, 1) < -2); // "Related posts"
        QVERIFY(model.articleOdds(std::log(160.0), 1, 1) > 2); // a paragraph of the page's size
        // A one-line paragraph of a novel ("The lights went out twice.") is no chrome:
        // its ending outweighs its size.
        QVERIFY(model.articleOdds(std::log(12.0), 2, 2) > 0);
        // Size alone never rules a paragraph out, however far from the page's median.
        QVERIFY(model.articleOdds(std::log(3000.0), 1, 1) > 0);
    }

    void measured_pageWhoseChromeEndsLikeProse_learnsItMeansLittle()
    {
        ChromeModel::Sample sample;
        sample.pairSizes = { 4.0, 4.5, 5.0, 5.5 };
        sample.pairEnds = 8;
        sample.pairParagraphs = 8;
        ChromeModel strict;
        strict.measure(sample);
        sample.edgeEnds = 30; // "Copyright 2024. All rights reserved." and the like
        sample.edgeParagraphs = 30;
        ChromeModel lenient;
        lenient.measure(sample);
        QVERIFY(lenient.articleOdds(std::log(10.0), 1, 1) < strict.articleOdds(std::log(10.0), 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestChromeModel)
#include "tst_chromemodel.moc"
