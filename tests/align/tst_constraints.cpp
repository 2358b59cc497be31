#include "align/constraints.h"

#include <QTest>

using namespace bireader;

namespace {

QString describe(const std::vector<Stretch> &stretches)
{
    QStringList parts;
    for (const Stretch &s : stretches)
        parts << QStringLiteral("%1%2-%3:%4-%5")
                     .arg(s.fixed ? QStringLiteral("=") : QString())
                     .arg(s.sourceBegin)
                     .arg(s.sourceEnd)
                     .arg(s.targetBegin)
                     .arg(s.targetEnd);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestConstraints : public QObject
{
    Q_OBJECT

private slots:
    void none_oneFreeStretch() { QCOMPARE(describe(stretchesOf({}, 5, 7)), QStringLiteral("0-5:0-7")); }

    void fixedBeadsAndBoundaries_cutTheDocumentInOrder()
    {
        AlignConstraints c;
        c.fixed.append({ 2, 2, 3, 1, 1.0 });
        c.boundaries.emplace_back(6, 7);
        c.boundaries.emplace_back(1, 1);
        QCOMPARE(describe(stretchesOf(c, 8, 9)), QStringLiteral("0-1:0-1 1-2:1-3 =2-4:3-4 4-6:4-7 6-8:7-9"));
    }

    void contradictions_areLeftOut()
    {
        AlignConstraints c;
        c.fixed.append({ 2, 2, 3, 1, 1.0 });
        c.fixed.append({ 3, 1, 2, 2, 1.0 }); // crosses the first
        c.fixed.append({ 7, 2, 0, 1, 1.0 }); // outside the document
        c.boundaries.emplace_back(3, 4); // inside the fixed bead
        c.boundaries.emplace_back(5, 2); // before it on one side, after it on the other
        QCOMPARE(describe(stretchesOf(c, 8, 9)), QStringLiteral("0-2:0-3 =2-4:3-4 4-8:4-9"));
    }

    void fixedNullBead_staysItsOwnStretch()
    {
        AlignConstraints c;
        c.fixed.append({ 1, 1, 2, 0, 1.0 }); // an unlinked sentence
        QCOMPARE(describe(stretchesOf(c, 3, 4)), QStringLiteral("0-1:0-2 =1-2:2-2 2-3:2-4"));
    }
};

QTEST_GUILESS_MAIN(TestConstraints)
#include "tst_constraints.moc"
