#include "text/numbers.h"

#include <QTest>

using namespace bireader;

class TestNumbers : public QObject
{
    Q_OBJECT

private slots:
    void englishNumberPhrase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<long long>("value"); // -1: not a number phrase
        QTest::addColumn<QString>("rest"); // what follows the phrase
        QTest::newRow("KJV census") << QStringLiteral("six hundred thousand and a thousand seven hundred and thirty.")
                                    << 601730LL << QStringLiteral(".");
        QTest::newRow("a hundred and twenty")
            << QStringLiteral("a hundred and twenty years") << 120LL << QStringLiteral(" years");
        QTest::newRow("three thousand") << QStringLiteral("three thousand men") << 3000LL << QStringLiteral(" men");
        QTest::newRow("hyphenated") << QStringLiteral("twenty-six thousand five hundred") << 26500LL << QString();
        QTest::newRow("twenty one") << QStringLiteral("twenty one days") << 21LL << QStringLiteral(" days");
        QTest::newRow("and after a unit is a list") << QStringLiteral("one and two") << -1LL << QString();
        QTest::newRow("one word") << QStringLiteral("seven days") << -1LL << QString();
        QTest::newRow("digits in a row are not a number") << QStringLiteral("one two three") << -1LL << QString();
        QTest::newRow("a word") << QStringLiteral("a man") << -1LL << QString();
        QTest::newRow("and with nothing after")
            << QStringLiteral("five hundred and then") << 500LL << QStringLiteral(" and then");
    }
    void englishNumberPhrase()
    {
        QFETCH(QString, text);
        QFETCH(long long, value);
        QFETCH(QString, rest);
        const auto phrase = bireader::englishNumberPhrase(text, 0);
        if (value < 0) {
            QVERIFY(!phrase);
            return;
        }
        QVERIFY(phrase);
        QCOMPARE(phrase->value, value);
        QCOMPARE(text.mid(phrase->end), rest);
    }

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
