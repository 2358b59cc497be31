// The QA report: CSV for a spreadsheet, HTML to read, both with the texts and the marks.
#include "glossary/csvreader.h"
#include "qa/qacheck.h"
#include "qa/qareport.h"

#include <QTest>

#include "../support/segments.h"

using namespace bireader;
using bireader::testing::pairSegment;

class TestQaReport : public QObject
{
    Q_OBJECT

    Document document() const
    {
        Document d;
        d.sourceLanguage = QStringLiteral("zh");
        d.targetLanguage = QStringLiteral("en");
        d.segments.append(pairSegment(QStringLiteral("船来了。"), QStringLiteral("The ship came.")));
        d.segments.append(pairSegment(QStringLiteral("他说（其实不是）。"), QStringLiteral("=He said (not <really>.")));
        return d;
    }

private slots:
    void csv_aRowAFinding_cellsDefused()
    {
        const Document d = document();
        const QList<Finding> findings = runQa({ d, Glossary {} });
        QVERIFY(!findings.isEmpty());
        const QList<QStringList> rows = parseCsv(qaReportCsv(d, findings), QLatin1Char(','));
        QCOMPARE(rows.size(), findings.size() + 1);
        QCOMPARE(rows[0].size(), 5);
        const QStringList &brackets = rows[1];
        QCOMPARE(brackets[0], QStringLiteral("2"));
        QCOMPARE(brackets[1], QStringLiteral("brackets"));
        QCOMPARE(brackets[3], QStringLiteral("他说（其实不是）。"));
        QCOMPARE(brackets[4], QStringLiteral("'=He said (not <really>.")); // no formula in a spreadsheet
    }

    void html_escaped_withTheRangeMarked()
    {
        const Document d = document();
        const QList<Finding> findings = runQa({ d, Glossary {} });
        const QString html = qaReportHtml(d, findings, QStringLiteral("QA <report>"));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<title>QA &lt;report&gt;</title>")));
        QVERIFY(html.contains(QLatin1String("=He said <mark>(</mark>not &lt;really&gt;.")));
        QVERIFY(html.contains(QLatin1String("1 brackets")));
        QVERIFY(!html.contains(QLatin1String("<really>")));
    }

    void noFindings_aReportThatSaysSo()
    {
        const QString html = qaReportHtml(document(), {}, QStringLiteral("QA"));
        QVERIFY(html.contains(QLatin1String("0 finding")));
        QCOMPARE(parseCsv(qaReportCsv(document(), {}), QLatin1Char(',')).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQaReport)
#include "tst_qareport.moc"
