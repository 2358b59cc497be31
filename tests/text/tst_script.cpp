#include "text/script.h"

#include <QTest>

using namespace bireader;

Q_DECLARE_METATYPE(bireader::ScriptFamily)

class TestScript : public QObject
{
    Q_OBJECT

private slots:
    void dominant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ScriptFamily>("family");
        QTest::newRow("chinese") << QStringLiteral("今晚有雾，船会比平时更需要光。") << ScriptFamily::Han;
        QTest::newRow("chinese-with-latin-names")
            << QStringLiteral("在被AI连续轰炸的5月，DeepSeek V2模型发布后迅速成名。") << ScriptFamily::Han;
        QTest::newRow("english") << QStringLiteral("There is fog tonight.") << ScriptFamily::Latin;
        QTest::newRow("english-with-untranslated-prefix") << QStringLiteral(
            "老周说：今晚有雾。 He told his daughter that the ships would need the light more than usual tonight.")
                                                          << ScriptFamily::Latin;
        QTest::newRow("japanese") << QStringLiteral("今夜は霧が出ています。") << ScriptFamily::Han;
        QTest::newRow("korean") << QStringLiteral("오늘 밤은 안개가 끼었습니다.") << ScriptFamily::Hangul;
        QTest::newRow("russian") << QStringLiteral("Сегодня ночью туман.") << ScriptFamily::Cyrillic;
        QTest::newRow("arabic") << QStringLiteral("هناك ضباب الليلة.") << ScriptFamily::Arabic;
        QTest::newRow("digits-only") << QStringLiteral("2024 — 118") << ScriptFamily::None;
    }
    void dominant()
    {
        QFETCH(QString, text);
        QFETCH(ScriptFamily, family);
        QCOMPARE(ScriptProfile::of(text).dominant(), family);
    }

    void units_countCjkCharactersAndAlphabeticWords()
    {
        const ScriptProfile p = ScriptProfile::of(QStringLiteral("DeepSeek V2模型发布后"));
        QCOMPARE(p.units(ScriptFamily::Han), 5);
        QCOMPARE(p.units(ScriptFamily::Latin), 2);
    }

    void units_apostropheKeepsWordTogether()
    {
        QCOMPARE(ScriptProfile::of(QStringLiteral("don't stop")).units(ScriptFamily::Latin), 2);
    }

    void kana_makesHanJapanese()
    {
        const ScriptProfile p = ScriptProfile::of(QStringLiteral("今夜は霧が出ています。"));
        QVERIFY(p.kanaUnits() > 0);
        QCOMPARE(languageForFamily(p.dominant(), p.kanaUnits() > 0), QStringLiteral("ja"));
        QCOMPARE(languageForFamily(ScriptFamily::Han), QStringLiteral("zh"));
    }
};

QTEST_GUILESS_MAIN(TestScript)
#include "tst_script.moc"
