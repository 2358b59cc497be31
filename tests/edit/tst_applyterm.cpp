#include "edit/applyterm.h"

#include <QTest>

#include "../support/segments.h"

using namespace bireader;
using bireader::testing::pairSegment;

namespace {

ProjectData sample()
{
    ProjectData p;
    p.document.targetLanguage = QStringLiteral("en");
    p.document.segments
        = { pairSegment(QStringLiteral("「暗涌」：结果意外吗？"),
                        QStringLiteral("\"Dark Surge\": Is the result a surprise?")),
            pairSegment(QStringLiteral("「暗涌」：为什么？"), QStringLiteral("\"Dark\": Why?")),
            pairSegment(QStringLiteral("「暗涌」：怎么看？"), QStringLiteral("\"Undercurrent\": What do you think?")),
            pairSegment(QStringLiteral("「暗涌」：还有吗？"),
                        QStringLiteral("\"Dark Yong\" and the Dark Surge: more?")),
            pairSegment(QStringLiteral("「暗涌」：好的。"), QStringLiteral("\"Interviewer\": Fine.")),
            pairSegment(QStringLiteral("梁文锋：是的。"), QStringLiteral("Liang Wenfeng: Dark Surge, yes.")) };
    p.glossary.entries = { { QStringLiteral("暗涌"),
                             { QStringLiteral("Undercurrent") },
                             { QStringLiteral("Dark Surge"), QStringLiteral("Dark Yong"), QStringLiteral("Dark") },
                             {},
                             {} } };
    return p;
}

} // namespace

class TestApplyTerm : public QObject
{
    Q_OBJECT

private slots:
    void preview_listsWrongRenderingsWhereTheTermIs()
    {
        const QList<TermReplacement> r = termReplacements(sample(), 0);
        QStringList found;
        for (const TermReplacement &x : r)
            found << QStringLiteral("%1:%2").arg(x.segment).arg(x.found);
        // Segment 2 is right; segment 5 has no 暗涌 in its source; segment 4 needs a hand.
        QCOMPARE(found, (QStringList { "0:Dark Surge", "1:Dark", "3:Dark Yong", "3:Dark Surge", "4:" }));
        QCOMPARE(r[0].range, (TextRange { 1, 10 }));
        QCOMPARE(r[0].replacement, QStringLiteral("Undercurrent"));
    }

    void apply_someOrAll_asOneUndoStep()
    {
        ProjectDocument d(sample());
        QList<TermReplacement> r = termReplacements(d.data(), 0);
        r.removeAt(1); // the user leaves segment 1 alone
        applyTermReplacements(d, r);
        QCOMPARE(d.segment(0).currentTarget().text, QStringLiteral("\"Undercurrent\": Is the result a surprise?"));
        QVERIFY(!d.segment(1).isCorrected());
        QCOMPARE(d.segment(3).currentTarget().text, QStringLiteral("\"Undercurrent\" and the Undercurrent: more?"));
        QCOMPARE(d.segment(0).target.text, QStringLiteral("\"Dark Surge\": Is the result a surprise?")); // MT kept
        QCOMPARE(d.undoStack()->count(), 1);
        d.undoStack()->undo();
        QVERIFY(!d.segment(0).isCorrected() && !d.segment(3).isCorrected());
        QCOMPARE(termReplacements(d.data(), 0).size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestApplyTerm)
#include "tst_applyterm.moc"
