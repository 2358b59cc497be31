#include "align/lexicalmodel.h"
#include "align/tokenizer.h"

#include <QTest>

using namespace bireader;

namespace {

struct Sides {
    StemInterner interner;
    UnitFeatures source, target;
    Sides(const QStringList &s, const QStringList &t)
    {
        Tokenizer a(QStringLiteral("en"), nullptr, interner), b(QStringLiteral("en"), nullptr, interner);
        for (const QString &u : s)
            a.append(u, source);
        for (const QString &u : t)
            b.append(u, target);
    }
};

} // namespace

class TestLexicalModel : public QObject
{
    Q_OBJECT

private slots:
    void repeatedWord_isOnePieceOfEvidence()
    {
        Sides sides(
            { QStringLiteral("ship ship ship lamp"), QStringLiteral("ship lamp") },
            { QStringLiteral("ship lamp"), QStringLiteral("tea"), QStringLiteral("rain"), QStringLiteral("fog") });
        LexicalModel model(sides.source, sides.target, sides.interner.size(), 0.5);
        QCOMPARE(model.wordCount(0, 0), 2);
        QCOMPARE(model.score(0, 0, 1.0, 0b11), model.score(0, 1, 1.0, 0b11));
    }

    void chanceGrowsWithTheOtherSidesLength()
    {
        // The same matches count for less in more text, and misses for less too.
        Sides sides({ QStringLiteral("ship lamp harbour") },
                    { QStringLiteral("ship"), QStringLiteral("lamp"), QStringLiteral("harbour"), QStringLiteral("tea"),
                      QStringLiteral("rain"), QStringLiteral("fog"), QStringLiteral("snow"), QStringLiteral("wind") });
        LexicalModel model(sides.source, sides.target, sides.interner.size(), 0.5);
        QVERIFY(model.hasEvidence());
        QVERIFY(model.score(0, 0, 1.0, 0b111) > model.score(0, 0, 2.0, 0b111));
        QVERIFY(model.score(0, 0, 1.0, 0) < model.score(0, 0, 2.0, 0));
        QVERIFY(model.score(0, 0, 1.0, 0b111) > 0);
        QVERIFY(model.score(0, 0, 1.0, 0) < 0);
        // A short unit adds little room for chance: half a unit's span gains more.
        QVERIFY(model.score(0, 0, 0.5, 0b001) > model.score(0, 0, 1.0, 0b001));
        QCOMPARE(model.spanOf(1, 2.0 * 10), 2.0 * 10 / (sides.source.lengths[0]));
    }
};

QTEST_GUILESS_MAIN(TestLexicalModel)
#include "tst_lexicalmodel.moc"
