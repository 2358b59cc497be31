#include "text/numbers.h"

#include <QTest>

using namespace bireader;

class TestNumbers : public QObject
{
    Q_OBJECT

private slots:
    void chinese_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("value");
        QTest::newRow("26") << QStringLiteral("二十六") << 26LL;
        QTest::newRow("10") << QStringLiteral("十") << 10LL;
        QTest::newRow("105") << QStringLiteral("一百零五") << 105LL;
        QTest::newRow("118") << QStringLiteral("一百一十八") << 118LL;
        QTest::newRow("20000") << QStringLiteral("两万") << 20000LL;
        QTest::newRow("54400") << QStringLiteral("五万四千四百") << 54400LL;
        QTest::newRow("digits-wan") << QStringLiteral("12万") << 120000LL;
    }
    void chinese()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, value);
        const auto v = parseChineseNumeral(text);
        QVERIFY(v.has_value());
        QCOMPARE(*v, value);
    }

    void chinese_rangeIsNotANumber()
    {
        QVERIFY(!parseChineseNumeral(QStringLiteral("三四")).has_value());
        QVERIFY(!parseChineseNumeral(QStringLiteral("灯塔")).has_value());
    }

    void english()
    {
        QCOMPARE(englishNumberWord(u"seven"), std::optional<long long>(7));
        QCOMPARE(englishNumberWord(u"twenty-six"), std::optional<long long>(26));
        QCOMPARE(englishNumberWord(u"thousand"), std::optional<long long>(1000));
        QVERIFY(!englishNumberWord(u"lighthouse").has_value());
        QVERIFY(!englishNumberWord(u"six-twenty").has_value());
    }
};

QTEST_GUILESS_MAIN(TestNumbers)
#include "tst_numbers.moc"
