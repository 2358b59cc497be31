#include "text/diff.h"

#include <QTest>

using namespace bireader;

Q_DECLARE_METATYPE(QList<bireader::DiffRun>)

namespace {

DiffRun eq(const char16_t *t)
{
    return { DiffRun::Equal, QString::fromUtf16(t) };
}
DiffRun del(const char16_t *t)
{
    return { DiffRun::Deleted, QString::fromUtf16(t) };
}
DiffRun ins(const char16_t *t)
{
    return { DiffRun::Inserted, QString::fromUtf16(t) };
}

} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    void diff_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("corrected");
        QTest::addColumn<QList<DiffRun>>("runs");
        QTest::newRow("words") << "Ship need light."
                               << "The ships need the light."
                               << QList<DiffRun> { del(u"Ship "), ins(u"The ships "), eq(u"need"), ins(u" the"),
                                                   eq(u" light.") };
        QTest::newRow("whole words, not letters")
            << "Dark Surge asked"
            << "Undercurrent asked" << QList<DiffRun> { del(u"Dark Surge"), ins(u"Undercurrent"), eq(u" asked") };
        QTest::newRow("chinese characters")
            << QStringLiteral("今晚有雾。") << QStringLiteral("今夜有大雾。")
            << QList<DiffRun> { eq(u"今"), del(u"晚"), ins(u"夜"), eq(u"有"), ins(u"大"), eq(u"雾。") };
        QTest::newRow("same") << "Same text."
                              << "Same text." << QList<DiffRun> { eq(u"Same text.") };
        QTest::newRow("from empty") << ""
                                    << "New." << QList<DiffRun> { ins(u"New.") };
    }
    void diff()
    {
        QFETCH(QString, original);
        QFETCH(QString, corrected);
        QFETCH(QList<DiffRun>, runs);
        const QList<DiffRun> actual = diffTexts(original, corrected);
        QStringList shown;
        for (const DiffRun &r : actual)
            shown << QStringLiteral("%1[%2]").arg(r.kind).arg(r.text);
        QVERIFY2(actual == runs, qPrintable(shown.join(QLatin1Char(' '))));
    }

    void runs_rebuildBothTexts()
    {
        const QString a
            = QStringLiteral("Liang Wenfeng : We don't intend to be a catfish, 但是 we accidentally become one.");
        const QString b
            = QStringLiteral("Liang Wenfeng: we never meant to be a catfish; we just became one by accident.");
        QString ra, rb;
        for (const DiffRun &r : diffTexts(a, b)) {
            if (r.kind != DiffRun::Inserted)
                ra += r.text;
            if (r.kind != DiffRun::Deleted)
                rb += r.text;
        }
        QCOMPARE(ra, a);
        QCOMPARE(rb, b);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
