#include "glossary/cedictreader.h"
#include "io/fileimport.h"
#include "project/projectimport.h"

#include <QTest>

using namespace bireader;

class TestProjectImport : public QObject
{
    Q_OBJECT

private slots:
    void interleavedPage_becomesProject_withSourcesAndLanguages()
    {
        const QString page = QStringLiteral(BIREADER_TEST_DATA "/interleaved/zh_en_page.txt");
        const ImportResult r = importFiles({ page }, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const ProjectData p = projectFromImport(r, { page });
        QCOMPARE(p.document, r.document);
        QCOMPARE(p.glossary.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(p.glossary.targetLanguage, QStringLiteral("en"));
        QCOMPARE(p.sources.size(), 1);
        QCOMPARE(p.sources[0].name, QStringLiteral("zh_en_page.txt"));
        QVERIFY(p.sources[0].text.contains(QStringLiteral("灯塔")));
    }

    void importFiles_wrongCount_isAnError()
    {
        QVERIFY(!importFiles({}, {}).ok());
        QVERIFY(!importFiles({ "a", "b", "c" }, {}).ok());
        const ImportResult missing = importFiles({ QStringLiteral("/nonexistent/x.txt") }, {});
        QVERIFY(missing.error.contains(QStringLiteral("/nonexistent/x.txt")));
    }

    void realign_fixesAShiftedStretch()
    {
        // Three pairs whose translations were shifted by one: re-aligning the stretch
        // pairs each paragraph with its own translation again.
        Document d;
        d.sourceLanguage = QStringLiteral("zh");
        d.targetLanguage = QStringLiteral("en");
        auto side = [](const QString &t) {
            return SideText { t, { { 0, int(t.size()) } }, { QStringLiteral("f"), 0 } };
        };
        const QStringList zh { QStringLiteral("老周在北角灯塔工作了三十二年，每天傍晚都要爬一百一十八级台阶。"),
                               QStringLiteral("他说灯塔不只是一盏灯。"),
                               QStringLiteral("明年，灯塔将改为自动化管理，老周会搬到城里和女儿一起生活。") };
        const QStringList en { QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years, and "
                                              "every evening he climbed 118 steps."),
                               QStringLiteral("He said a lighthouse is not only a lamp."),
                               QStringLiteral("Next year the lighthouse will be automated, and Old Zhou will move to "
                                              "the city to live with his daughter.") };
        for (int i = 0; i < 3; ++i) {
            Segment s;
            s.source = side(zh[i]);
            if (i > 0)
                s.target = side(en[i - 1]);
            d.segments.append(s);
        }
        Segment tail;
        tail.target = side(en[2]);
        d.segments.append(tail);
        Dictionary dict;
        QVERIFY(loadCedictFile(QStringLiteral(BIREADER_TEST_DATA "/interleaved/test-dict.u8"), dict).ok());
        const QList<Segment> fixed = realignedSegments(d, 0, 4, &dict);
        QCOMPARE(fixed.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(fixed[i].source.text, zh[i]);
            QCOMPARE(fixed[i].target.text, en[i]);
        }
        QVERIFY(realignedSegments(d, 2, 9, &dict).isEmpty()); // out of range
    }
};

QTEST_GUILESS_MAIN(TestProjectImport)
#include "tst_projectimport.moc"
