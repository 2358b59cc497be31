#include "glossary/glossformat.h"

#include <QTest>

using namespace bireader;

class TestGlossFormat : public QObject
{
    Q_OBJECT

private slots:
    void classifiers_readAsSimplifiedWordAndMarkedPinyin()
    {
        QCOMPARE(readableGloss(QStringLiteral("CL:個|个[ge4],隻|只[zhi1]")), QStringLiteral("CL: 个 gè, 只 zhī"));
        QCOMPARE(readableGloss(QStringLiteral("CL:本[ben3]")), QStringLiteral("CL: 本 běn"));
    }

    void crossReferences_readAsWordAndPinyin()
    {
        QCOMPARE(readableGloss(QStringLiteral("variant of 創|创[chuang4]")), QStringLiteral("variant of 创 chuàng"));
        QCOMPARE(readableGloss(QStringLiteral("see 幻方[huan4 fang1]")), QStringLiteral("see 幻方 huàn fāng"));
    }

    void plainGlosses_areLeftAlone()
    {
        QCOMPARE(readableGloss(QStringLiteral("to create; to initiate")), QStringLiteral("to create; to initiate"));
        QCOMPARE(readableGloss(QStringLiteral("magic square (math.)")), QStringLiteral("magic square (math.)"));
        QCOMPARE(readableGloss(QString()), QString());
    }

    void properNouns_haveCapitalisedReadings()
    {
        QVERIFY(isProperNounReading(QStringLiteral("Fang1")));
        QVERIFY(isProperNounReading(QStringLiteral("Fāng")));
        QVERIFY(!isProperNounReading(QStringLiteral("fang1")));
        QVERIFY(!isProperNounReading(QString()));
    }
};

QTEST_GUILESS_MAIN(TestGlossFormat)
#include "tst_glossformat.moc"
