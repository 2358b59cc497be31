#include "io/fileimport.h"

#include <QTest>

using namespace bireader;

// Imports from files and from pasted text (issue 15: New from Clipboard, dropped text).
class TestFileImport : public QObject
{
    Q_OBJECT

private slots:
    void pastedInterleavedText_pairsEachParagraphWithItsTranslation()
    {
        const QString text = QStringLiteral("老周在北角灯塔工作了三十二年。\nOld Zhou worked at the North Cape "
                                            "lighthouse for thirty-two years.\n\n今晚有雾。\nThere is fog tonight.\n");
        const ImportResult r = importTexts(text, {}, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(r.document.pairedCount(), 2);
        QCOMPARE(r.document.segments[1].target.text, QStringLiteral("There is fog tonight."));
    }

    void pastedTextAndTranslation_areAligned()
    {
        const ImportResult r = importTexts(QStringLiteral("今晚有雾。船需要光。"),
                                           QStringLiteral("There is fog tonight. The ships need the light."), {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(r.document.targetLanguage, QStringLiteral("en"));
        QCOMPARE(r.document.pairedCount(), int(r.document.segments.size()));
    }

    void pastedTextInOneLanguage_isAClearError()
    {
        const ImportResult r = importTexts(QStringLiteral("Only English here.\n\nAnd here."), {}, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("pasted text")), qPrintable(r.error));
    }

    void nothingPasted_isAnError()
    {
        QVERIFY(!importTexts({}, {}, {}).ok());
        QVERIFY(!importTexts(QStringLiteral("   \n"), {}, {}).ok());
    }

    void patternsAndFilter_agree()
    {
        for (const QString &pattern : importFilePatterns())
            QVERIFY(importFileFilter().contains(pattern));
    }
};

QTEST_GUILESS_MAIN(TestFileImport)
#include "tst_fileimport.moc"
