// The band the second pass searches: around the first pass's path, every row reachable.
#include "align/firstpass.h"

#include <QTest>

using namespace bireader;

namespace {

// Every row has columns, lo and hi never go back, the corners are in.
void checkBand(const Band &b, int n, int m)
{
    QCOMPARE(b.rows(), n + 1);
    QVERIFY(b.contains(0, 0));
    QVERIFY(b.contains(n, m));
    for (int i = 0; i <= n; ++i) {
        QVERIFY2(b.lo[size_t(i)] <= b.hi[size_t(i)], qPrintable(QStringLiteral("row %1 is empty").arg(i)));
        QVERIFY(b.lo[size_t(i)] >= 0 && b.hi[size_t(i)] <= m);
        if (i > 0) {
            QVERIFY(b.lo[size_t(i)] >= b.lo[size_t(i) - 1]);
            QVERIFY(b.hi[size_t(i)] >= b.hi[size_t(i) - 1]);
        }
    }
}

} // namespace

class TestFirstPass : public QObject
{
    Q_OBJECT

private slots:
    void around_aStepByStepPath_coversItsRadius()
    {
        std::vector<std::pair<int, int>> path;
        for (int k = 0; k <= 20; ++k)
            path.emplace_back(k, k);
        const Band b = Band::around(path, 20, 20, 3);
        checkBand(b, 20, 20);
        QCOMPARE(b.lo[10], 4); // states (7,7) .. (13,13) reach row 10: columns 4 .. 16
        QCOMPARE(b.hi[10], 16);
    }

    void around_aPathThatJumps_joinsItsStates()
    {
        // The part of a document-wide path inside a stretch between fixed links may be no
        // more than its two corners: rows between them had no columns, and the search's
        // cell offsets ran backwards (a heap overflow, found by fuzzing the XLIFF import).
        for (const auto &[n, m] :
             { std::pair { 18, 13 }, std::pair { 8, 13 }, std::pair { 40, 3 }, std::pair { 2, 50 } }) {
            const Band b = Band::around({ { 0, 0 }, { n, m } }, n, m, 4);
            checkBand(b, n, m);
            QVERIFY(b.cells() < (long long)(n + 1) * (m + 1) || n < 10 || m < 10); // a band, not the rectangle
        }
        // A jump in the middle of a path.
        const Band b = Band::around({ { 0, 0 }, { 1, 1 }, { 2, 2 }, { 30, 25 }, { 31, 26 } }, 31, 26, 2);
        checkBand(b, 31, 26);
        QVERIFY(b.contains(16, 14)); // on the line between (2,2) and (30,25)
    }
};

QTEST_GUILESS_MAIN(TestFirstPass)
#include "tst_firstpass.moc"
