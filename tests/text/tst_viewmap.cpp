#include "text/viewmap.h"

#include <QStringList>
#include <QTest>

using namespace bireader;

class TestViewMap : public QObject
{
    Q_OBJECT

private slots:
    void insertThenFind_returnsTheValue()
    {
        const QString text = QStringLiteral("灯塔守护人");
        ViewMap map;
        map(QStringView(text).left(2), 7);
        map(QStringView(text).mid(2, 3), 9);
        QCOMPARE(map.value(QStringLiteral("灯塔")), 7); // an equal key elsewhere finds it
        QCOMPARE(map.value(QStringLiteral("守护人")), 9);
        QCOMPARE(map.value(QStringLiteral("灯")), ViewMap::kAbsent);
        QCOMPARE(map.value(QStringLiteral("灯塔守")), ViewMap::kAbsent);
        QCOMPARE(map.size(), size_t(2));
    }

    void existingKey_isUpdatedInPlace()
    {
        const QString key = QStringLiteral("灯");
        ViewMap map;
        map(key, 1) = 5;
        map(key, 1) += 1; // present: `initial` is ignored
        QCOMPARE(map.value(key), 6);
        QCOMPARE(map.size(), size_t(1));
    }

    void manyKeys_surviveGrowth()
    {
        QStringList keys;
        for (int i = 0; i < 20000; ++i)
            keys.append(QStringLiteral("词%1").arg(i));
        ViewMap map;
        for (int i = 0; i < keys.size(); ++i)
            map(keys[i], i);
        QCOMPARE(map.size(), size_t(keys.size()));
        for (int i : { 0, 1, 1023, 1024, 19999 })
            QCOMPARE(map.value(keys[i]), i);
        QVERIFY(!map.contains(QStringLiteral("词20000")));
    }

    void keyLongerThanTheLimit_isNeverFound()
    {
        const QString stored(int(ViewMap::kMaxKey), QLatin1Char('a'));
        ViewMap map;
        map(stored, 1);
        QCOMPARE(map.value(stored), 1);
        QVERIFY(!map.contains(stored + QLatin1Char('a')));
        QVERIFY(!ViewMap().contains(stored)); // an empty map
    }
};

QTEST_APPLESS_MAIN(TestViewMap)
#include "tst_viewmap.moc"
