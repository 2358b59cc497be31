#include "text/folding.h"

#include <QTest>

using namespace bireader;

class TestFolding : public QObject
{
    Q_OBJECT

private slots:
    void foldKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("full-width latin") << QStringLiteral("ＡＩ浪潮") << QStringLiteral("ai浪潮");
        QTest::newRow("case") << QStringLiteral("DeepSeek") << QStringLiteral("deepseek");
        QTest::newRow("traditional") << QStringLiteral("燈塔守護人") << QStringLiteral("灯塔守护人");
        QTest::newRow("half-width katakana") << QStringLiteral("ﾃﾞｰﾀ") << QStringLiteral("データ");
        QTest::newRow("full-width digits") << QStringLiteral("５％") << QStringLiteral("5%");
    }
    void foldKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        TextFolder f;
        QCOMPARE(f.foldKey(text), folded);
    }

    void fold_mapsBackToOriginalOffsets()
    {
        TextFolder f;
        const QString text = QStringLiteral("x㎞y"); // ㎞ folds to two units: km
        const FoldedText ft = f.fold(text);
        QCOMPARE(ft.text, QStringLiteral("xkmy"));
        QCOMPARE(ft.originalStart(1), 1);
        QCOMPARE(ft.originalEnd(2), 2); // "k" alone still covers the whole ㎞
        QCOMPARE(ft.originalEnd(3), 2);
        QCOMPARE(ft.originalStart(3), 2);
        QCOMPARE(ft.originalEnd(4), 3);
    }
};

QTEST_GUILESS_MAIN(TestFolding)
#include "tst_folding.moc"
