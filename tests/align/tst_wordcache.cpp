#include "align/wordcache.h"

#include <QStringList>
#include <QTest>

using namespace bireader;

class TestWordCache : public QObject
{
    Q_OBJECT

private slots:
    void insertThenFind_byEqualText()
    {
        WordCache<int> cache;
        QVERIFY(!cache.find(u"ships"));
        cache.insert(QString::fromLatin1("ships"), 3); // the cache keeps its own copy of the key
        QVERIFY(cache.find(u"ships"));
        QCOMPARE(*cache.find(u"ships"), 3);
        QVERIFY(!cache.find(u"ship"));
        QVERIFY(!cache.find(u"Ships")); // surface forms: case counts
    }

    void references_stayValidWhileTheCacheGrows()
    {
        WordCache<QString> cache;
        QString &first = cache.insert(u"lighthouse", QStringLiteral("first"));
        QStringList words;
        for (int i = 0; i < 5000; ++i)
            words.append(QStringLiteral("w%1").arg(i));
        for (const QString &w : words)
            cache.insert(w, w.toUpper());
        QCOMPARE(first, QStringLiteral("first"));
        QCOMPARE(cache.find(u"lighthouse"), &first);
        for (int i : { 0, 1023, 4999 })
            QCOMPARE(*cache.find(words[i]), words[i].toUpper());
    }

    void emptyKey_isAKeyLikeAnyOther()
    {
        WordCache<int> cache;
        cache.insert(QStringView(), 1);
        QVERIFY(cache.find(QStringView()));
        QCOMPARE(*cache.find(u""), 1);
    }
};

QTEST_APPLESS_MAIN(TestWordCache)
#include "tst_wordcache.moc"
