#include "io/alignmentwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bireader;

class TestAlignmentWriter : public QObject
{
    Q_OBJECT

private:
    const Alignment beads { { 0, 1, 0, 2, 0.91 }, { 1, 2, 2, 1, 0.5 }, { 3, 1, 3, 0, 0.0 }, { 4, 0, 3, 1, 0.0 } };
    const QStringList zh { QStringLiteral("一。"), QStringLiteral("二。"), QStringLiteral("三。"),
                           QStringLiteral("四。") };
    const QStringList en { QStringLiteral("One."), QStringLiteral("Uno."), QStringLiteral("Two\tthree."),
                           QStringLiteral("Extra.") };

private slots:
    void beads_vecalignFormat() { QCOMPARE(formatBeads(beads), QByteArray("[0]:[0,1]\n[1,2]:[2]\n[3]:[]\n[]:[3]\n")); }

    void tsv_joinsUnitsAndFlattensTabs()
    {
        const QList<QByteArray> lines
            = formatTsv(beads, zh, en, QStringLiteral("zh"), QStringLiteral("en")).split('\n');
        QCOMPARE(lines[0], QByteArray("一。\tOne. Uno."));
        QCOMPARE(lines[1], QByteArray("二。三。\tTwo three."));
        QCOMPARE(lines[2], QByteArray("四。\t"));
        QCOMPARE(lines[3], QByteArray("\tExtra."));
    }

    void json_hasSourceTargetScore()
    {
        const QJsonArray a
            = QJsonDocument::fromJson(formatJson(beads, zh, en, QStringLiteral("zh"), QStringLiteral("en"))).array();
        QCOMPARE(a.size(), 4);
        QCOMPARE(a[0].toObject().value(QLatin1String("target")).toString(), QStringLiteral("One. Uno."));
        QCOMPARE(a[0].toObject().value(QLatin1String("score")).toDouble(), 0.91);
        QCOMPARE(a[3].toObject().value(QLatin1String("source")).toString(), QString());
    }

    void pairs_useNullForAMissingSide()
    {
        Document d;
        Segment paired, sourceOnly;
        paired.source.text = QStringLiteral("今晚有雾。");
        paired.target.text = QStringLiteral("Fog tonight.");
        sourceOnly.source.text = QStringLiteral("评论");
        d.segments = { paired, sourceOnly };
        const QJsonArray a = QJsonDocument::fromJson(formatPairs(PairsFormat::Json, d)).array();
        QCOMPARE(a[0].toObject().value(QLatin1String("target")).toString(), QStringLiteral("Fog tonight."));
        QVERIFY(a[1].toObject().value(QLatin1String("target")).isNull());
        QCOMPARE(formatPairs(PairsFormat::Tsv, d), QByteArray("今晚有雾。\tFog tonight.\n评论\t\n"));
    }
};

QTEST_GUILESS_MAIN(TestAlignmentWriter)
#include "tst_alignmentwriter.moc"
