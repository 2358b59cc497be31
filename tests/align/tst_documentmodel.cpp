#include "align/documentmodel.h"

#include <QTest>

#include <cmath>

using namespace bireader;

namespace {

size_t typeIndex(int source, int target)
{
    for (size_t k = 0; k < kBeadTypes.size(); ++k)
        if (kBeadTypes[k].source == source && kBeadTypes[k].target == target)
            return k;
    return kBeadTypes.size();
}

} // namespace

class TestDocumentModel : public QObject
{
    Q_OBJECT

private slots:
    void priors_followTheDocument_butNotItsNulls()
    {
        // A translation that splits every other sentence in two, with a few null beads.
        Alignment beads;
        int s = 0, t = 0;
        for (int k = 0; k < 200; ++k) {
            const int b = k % 2 ? 2 : 1;
            beads.append({ s, 1, t, b, 1.0 });
            s += 1;
            t += b;
        }
        for (int k = 0; k < 20; ++k)
            beads.append({ s++, 1, t, 0, 0.0 });
        const BeadCosts costs = priorsOf(beads), defaults = beadPriorCosts();
        const size_t oneTwo = typeIndex(1, 2), twoOne = typeIndex(2, 1), null = typeIndex(1, 0);
        QVERIFY(costs[oneTwo] < defaults[oneTwo]); // likelier than by default
        QVERIFY(costs[twoOne] > defaults[twoOne]); // none seen
        QCOMPARE(costs[null], defaults[null]); // kept
        // Non-null priors still sum to what they did.
        double before = 0, after = 0;
        for (size_t k = 0; k < kBeadTypes.size(); ++k)
            if (kBeadTypes[k].source && kBeadTypes[k].target) {
                before += std::exp(-defaults[k]);
                after += std::exp(-costs[k]);
            }
        QVERIFY(std::fabs(before - after) < 1e-9);
    }

    void lengthModel_fromBeadsOfAnyShape()
    {
        // Target three times as long as the source, in 1-1 and 1-2 beads alike.
        Alignment beads;
        std::vector<int> ls, lt;
        for (int k = 0; k < 40; ++k) {
            const int n = 10 + k % 7;
            ls.push_back(n);
            if (k % 2) {
                lt.push_back(n);
                lt.push_back(2 * n);
                beads.append({ k, 1, int(lt.size()) - 2, 2, 1.0 });
            } else {
                lt.push_back(3 * n);
                beads.append({ k, 1, int(lt.size()) - 1, 1, 1.0 });
            }
        }
        const LengthModel m = lengthModelOf(beads, ls, lt, LengthModel(1.0, 3.0));
        QVERIFY(std::fabs(m.ratio() - 3.0) < 1e-9);
        QVERIFY(m.variance() < 2.0); // a perfect fit shrinks the variance under the prior's
        QCOMPARE(lengthModelOf(Alignment {}, ls, lt, LengthModel(2.0, 3.0)).ratio(), 2.0); // too few: the fallback
    }
};

QTEST_GUILESS_MAIN(TestDocumentModel)
#include "tst_documentmodel.moc"
