#include "export/exporter.h"
#include "io/tmxreader.h"

#include <QBuffer>
#include <QTest>

using namespace bireader;

class TestTmxRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void exportedTmx_readsBackAsTheCorrectedPairs()
    {
        ProjectData p;
        p.document.sourceLanguage = QStringLiteral("zh");
        p.document.targetLanguage = QStringLiteral("en");
        Segment a, b, unpaired;
        a.source.text = QStringLiteral("今晚有雾。船会更需要光。");
        a.target.text = QStringLiteral("There is fog tonight. Ships need more light.");
        b.source.text = QStringLiteral("老周笑了。");
        b.target.text = QStringLiteral("Old Zhou laughed.");
        b.corrected = SideText { QStringLiteral("Old Zhou smiled & said <nothing>."), {}, {} };
        unpaired.source.text = QStringLiteral("评论");
        p.document.segments = { a, b, unpaired };
        p.highlights
            = { { 1, Side::Target, { 9, 6 }, QStringLiteral("#ffd54f"), QStringLiteral("smiled, not laughed") } };

        QByteArray tmx = exportProject(p, ExportFormat::Tmx);
        QBuffer buffer(&tmx);
        const ImportResult r = TmxReader().read(buffer, QStringLiteral("out.tmx"), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(r.document.targetLanguage, QStringLiteral("en"));
        QCOMPARE(r.document.segments.size(), 2); // unpaired segments are not translation units
        QCOMPARE(r.document.segments[0].source.sentences.size(), 2);
        QCOMPARE(r.document.segments[0].beads.size(), 2);
        QCOMPARE(r.document.segments[1].target.text, QStringLiteral("Old Zhou smiled & said <nothing>."));
        QCOMPARE(r.notes.value(1), QStringLiteral("smiled, not laughed"));
    }

    void notTmx_isAClearError()
    {
        QByteArray bad("<html><body>no units</body></html>");
        QBuffer b(&bad);
        QVERIFY(TmxReader()
                    .read(b, QStringLiteral("x.tmx"), {})
                    .error.contains(QLatin1String("x.tmx: no translation units")));
        QByteArray broken("<tmx><body><tu><tuv xml:lang=\"zh\"><seg>未闭合");
        QBuffer c(&broken);
        QVERIFY(
            TmxReader().read(c, QStringLiteral("y.tmx"), {}).error.startsWith(QLatin1String("y.tmx: not valid TMX")));
    }
};

QTEST_GUILESS_MAIN(TestTmxRoundTrip)
#include "tst_tmxroundtrip.moc"
