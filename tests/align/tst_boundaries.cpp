#include "align/boundaries.h"

#include <QTest>

using namespace bireader;

class TestBoundaries : public QObject
{
    Q_OBJECT

private slots:
    void chineseQuotes_openUntilClosed()
    {
        const std::vector<char> open
            = openQuoteAfter({ QStringLiteral("韦小宝道：“皮人是死的，有什么好玩？"), QStringLiteral("我来跟你玩。”"),
                               QStringLiteral("他笑了。"), QStringLiteral("「好。」") });
        QCOMPARE(open, (std::vector<char> { 1, 0, 0, 0 }));
    }

    void englishSingleQuotes_areSpeech_apostrophesAreNot()
    {
        const std::vector<char> open = openQuoteAfter({
            QStringLiteral("'Why fight a dummy!' he cried."), // opened and closed
            QStringLiteral("'But you're a quick mover all the same!"), // still open
            QStringLiteral("You managed to get away that time."), // inside
            QStringLiteral("A few more goes and I'd have had you, though—'"), // closed
            QStringLiteral("The boys' room was dark, and it wasn't his."), // apostrophes only
        });
        QCOMPARE(open, (std::vector<char> { 0, 1, 1, 0, 0 }));
    }

    void englishDoubleQuotes_openAndClose()
    {
        const std::vector<char> open = openQuoteAfter({ QStringLiteral("\"What I mean is ..."),
                                                        QStringLiteral("between one and five percent,\" he said."),
                                                        QStringLiteral("\u201CYes.\u201D") });
        QCOMPARE(open, (std::vector<char> { 1, 0, 0 }));
    }

    void costs_fromAgreementAtBeadBoundaries()
    {
        // Speech on both sides, boundaries agreeing at every bead: a state where they
        // disagree costs, one where they agree gains a little.
        QStringList zh, en;
        Alignment beads;
        for (int k = 0; k < 20; ++k) {
            zh << QStringLiteral("他说：“来吧。") << QStringLiteral("快点。”") << QStringLiteral("他走了。");
            en << QStringLiteral("'Come on,") << QStringLiteral("quick,' he said.") << QStringLiteral("He left.");
            for (int i = 0; i < 3; ++i)
                beads.append({ 3 * k + i, 1, 3 * k + i, 1, 1.0 });
        }
        const BoundaryCosts costs = estimateBoundaryCosts(zh, en, beads);
        QVERIFY(costs.disagree > 1.0);
        QVERIFY(costs.agree < 0.0);
        QCOMPARE(costs.at(1, 1), costs.agree); // both inside speech
        QCOMPARE(costs.at(1, 2), costs.disagree);
    }

    void costs_noSpeech_noCost()
    {
        const QStringList zh { QStringLiteral("一。"), QStringLiteral("二。"), QStringLiteral("三。") };
        const QStringList en { QStringLiteral("One."), QStringLiteral("Two."), QStringLiteral("Three.") };
        const BoundaryCosts costs
            = estimateBoundaryCosts(zh, en, { { 0, 1, 0, 1, 1 }, { 1, 1, 1, 1, 1 }, { 2, 1, 2, 1, 1 } });
        QVERIFY(costs.empty());
    }
};

QTEST_GUILESS_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
