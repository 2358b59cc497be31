#include "align/lengthmodel.h"

#include <QTest>

#include <cmath>

using namespace bireader;

class TestLengthModel : public QObject
{
    Q_OBJECT

private slots:
    void cost_isZeroForAPerfectFitAndGrows()
    {
        const LengthModel m(3.0, 2.0);
        QVERIFY(m.cost(10, 30) < 0.01);
        QVERIFY(m.cost(10, 40) > m.cost(10, 35));
        QVERIFY(m.cost(10, 20) > m.cost(10, 25));
    }

    void twoTailCost_matchesErfc()
    {
        for (double x : { 0.0, 0.5, 1.96, 3.0, 7.5 })
            QVERIFY(std::fabs(twoTailCost(x) + std::log(std::erfc(x / std::sqrt(2.0)))) < 1e-3);
        QVERIFY(twoTailCost(25) > twoTailCost(20)); // monotone beyond the table
    }

    void estimateRatio_fromTotals()
    {
        QCOMPARE(LengthModel::estimateRatio({ 10, 20 }, { 40, 80 }), 4.0);
        QCOMPARE(LengthModel::estimateRatio({}, { 5 }), 1.0);
    }

    void estimateVariance_isRobustToOutliers()
    {
        std::vector<std::pair<double, double>> pairs;
        for (int i = 0; i < 50; ++i)
            pairs.emplace_back(20 + i, 3.0 * (20 + i) + (i % 2 ? 3 : -3));
        const double clean = LengthModel::estimateVariance(3.0, pairs);
        pairs.emplace_back(5, 900); // a footer paragraph against a title
        QVERIFY(std::fabs(LengthModel::estimateVariance(3.0, pairs) - clean) < clean * 0.2);
    }
};

QTEST_GUILESS_MAIN(TestLengthModel)
#include "tst_lengthmodel.moc"
