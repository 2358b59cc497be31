#include "glossary/termmatcher.h"

#include <QTest>

using namespace bireader;

namespace {

QStringList texts(QStringView text, const QList<TermMatch> &matches)
{
    QStringList out;
    for (const TermMatch &m : matches)
        out << text.mid(m.start, m.length).toString();
    return out;
}

TermMatcher *matcherOf(const QStringList &terms)
{
    auto *m = new TermMatcher;
    for (int i = 0; i < terms.size(); ++i)
        m->addTerm(terms[i], i);
    m->build();
    return m;
}

} // namespace

class TestTermMatcher : public QObject
{
    Q_OBJECT

private slots:
    void chinese_overlappingTermsInUnspacedText()
    {
        // Chinese has no spaces: splitting on them (as Qt Linguist's term check does) finds nothing.
        std::unique_ptr<TermMatcher> m(
            matcherOf({ QStringLiteral("灯塔"), QStringLiteral("灯"), QStringLiteral("守护人"), QStringLiteral("守护"),
                        QStringLiteral("塔顶") }));
        const QString text = QStringLiteral("老周是灯塔守护人。");
        QCOMPARE(texts(text, m->findAll(text)),
                 (QStringList { QStringLiteral("灯塔"), QStringLiteral("灯"), QStringLiteral("守护人"),
                                QStringLiteral("守护") }));
        QCOMPARE(m->findAll(text)[0], (TermMatch { 3, 2, 0 }));
    }

    void lookupAt_longestThenShorterInside()
    {
        std::unique_ptr<TermMatcher> m(
            matcherOf({ QStringLiteral("守护"), QStringLiteral("灯塔守护人"), QStringLiteral("灯塔"),
                        QStringLiteral("人"), QStringLiteral("塔") }));
        const QString text = QStringLiteral("灯塔守护人说");
        QCOMPARE(texts(text, m->lookupAt(text, 0)),
                 (QStringList { QStringLiteral("灯塔守护人"), QStringLiteral("灯塔"), QStringLiteral("守护"),
                                QStringLiteral("塔"), QStringLiteral("人") }));
        QCOMPARE(texts(text, m->lookupAt(text, 2)), (QStringList { QStringLiteral("守护") }));
        QVERIFY(m->lookupAt(text, 5).isEmpty());
    }

    void latin_caseInsensitiveWholeWords()
    {
        std::unique_ptr<TermMatcher> m(
            matcherOf({ QStringLiteral("lamp"), QStringLiteral("North Cape"), QStringLiteral("A100") }));
        const QString text = QStringLiteral("Lamps, a lamp, the LAMP at the north cape; A1000 and A100 chips.");
        QCOMPARE(texts(text, m->findAll(text)),
                 (QStringList { QStringLiteral("lamp"), QStringLiteral("LAMP"), QStringLiteral("north cape"),
                                QStringLiteral("A100") }));
    }

    void latinTermInsideChinese_matchesAtScriptBoundary()
    {
        std::unique_ptr<TermMatcher> m(matcherOf({ QStringLiteral("AI"), QStringLiteral("DeepSeek") }));
        const QString text = QStringLiteral("在ＡＩ浪潮里，DeepSeek一跃成名，但MAIL不算。");
        QCOMPARE(texts(text, m->findAll(text)), (QStringList { QStringLiteral("ＡＩ"), QStringLiteral("DeepSeek") }));
    }

    void simplifiedAndTraditional_bothFound()
    {
        std::unique_ptr<TermMatcher> m(matcherOf({ QStringLiteral("台风"), QStringLiteral("燈塔") }));
        const QString text = QStringLiteral("颱風吹向灯塔；台风过后，燈塔無恙。");
        QCOMPARE(texts(text, m->findAll(text)),
                 (QStringList { QStringLiteral("颱風"), QStringLiteral("灯塔"), QStringLiteral("台风"),
                                QStringLiteral("燈塔") }));
    }

    void korean_termsWithAttachedParticles()
    {
        // Korean attaches particles to words (등대는, 등대에): whole-word matching misses them.
        std::unique_ptr<TermMatcher> m(matcherOf({ QStringLiteral("등대"), QStringLiteral("안개") }));
        const QString text = QStringLiteral("등대는 오늘 밤 안개 속에서 빛난다. 배들이 등대에 가까이 온다.");
        QCOMPARE(texts(text, m->findAll(text)),
                 (QStringList { QStringLiteral("등대"), QStringLiteral("안개"), QStringLiteral("등대") }));
    }

    void samePatternTwice_reportsBothPayloads()
    {
        TermMatcher m;
        m.addTerm(QStringLiteral("灯塔"), 7);
        m.addTerm(QStringLiteral("燈塔"), 9); // folds to the same key
        m.build();
        const QList<TermMatch> found = m.findAll(QStringLiteral("灯塔"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].payload + found[1].payload, 16);
    }

    void emptyAndUnbuilt_areHarmless()
    {
        TermMatcher m;
        m.addTerm(QString(), 1);
        QVERIFY(m.findAll(QStringLiteral("text")).isEmpty()); // not built yet
        m.build();
        QCOMPARE(m.termCount(), 0);
        QVERIFY(m.findAll(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTermMatcher)
#include "tst_termmatcher.moc"
