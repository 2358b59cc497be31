// Xbench-level form checks: each finds its fault and nothing on a clean translation.
#include "qa/qacheck.h"

#include <QTest>

#include "../support/segments.h"

using namespace bireader;
using bireader::testing::pairSegment;

namespace {

QList<Finding> findings(const QList<std::pair<QString, QString>> &pairs, FindingKind kind)
{
    Document d;
    d.sourceLanguage = QStringLiteral("zh");
    d.targetLanguage = QStringLiteral("en");
    for (const auto &[s, t] : pairs)
        d.segments.append(pairSegment(s, t));
    QList<Finding> out;
    for (const Finding &f : runQa({ d, Glossary {} }))
        if (f.kind == kind)
            out.append(f);
    return out;
}

QList<Finding> one(const QString &source, const QString &target, FindingKind kind)
{
    return findings({ { source, target } }, kind);
}

} // namespace

class TestFormChecks : public QObject
{
    Q_OBJECT

private slots:
    void brackets_unpairedInTheTranslation_only()
    {
        const auto f
            = one(QStringLiteral("他说（其实不是）。"), QStringLiteral("He said (not really."), FindingKind::Brackets);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].targetRange, (TextRange { 8, 1 }));
        QCOMPARE(one(QStringLiteral("“走吧”"), QStringLiteral("“Let's go"), FindingKind::Brackets).size(), 1);
        QCOMPARE(one(QStringLiteral("“走吧”"), QStringLiteral("\"Let's go"), FindingKind::Brackets).size(), 1);
        QCOMPARE(one(QStringLiteral("他说：“走吧。”"), QStringLiteral("He said, \"Let's go.\""), FindingKind::Brackets)
                     .size(),
                 0);
        QCOMPARE(
            one(QStringLiteral("《红楼梦》"), QStringLiteral("《Dream of the Red Chamber》"), FindingKind::Brackets)
                .size(),
            0);
        // An apostrophe is no quote; a source already unpaired is not the translator's.
        QCOMPARE(one(QStringLiteral("别走"), QStringLiteral("Don’t go"), FindingKind::Brackets).size(), 0);
        QCOMPARE(one(QStringLiteral("（未完"), QStringLiteral("(to be continued"), FindingKind::Brackets).size(), 0);
        QCOMPARE(one(QStringLiteral("走"), QStringLiteral("Go) now"), FindingKind::Brackets).size(), 1);
    }

    void repeatedWord_twiceInARow()
    {
        const auto f = one(QStringLiteral("船来了。"), QStringLiteral("The the ship came."), FindingKind::RepeatedWord);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].targetRange, (TextRange { 0, 7 }));
        QCOMPARE(one(QStringLiteral("十比十"), QStringLiteral("It ended 10 10."), FindingKind::RepeatedWord).size(), 0);
        QCOMPARE(one(QStringLiteral("船"), QStringLiteral("The theme"), FindingKind::RepeatedWord).size(), 0);
    }

    void spaces_doubledAndAtTheEdges()
    {
        auto f = one(QStringLiteral("船来了。"), QStringLiteral("The ship  came."), FindingKind::Spaces);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].targetRange, (TextRange { 8, 2 }));
        f = one(QStringLiteral("船来了。"), QStringLiteral("The ship came. "), FindingKind::Spaces);
        QCOMPARE(f.size(), 1);
        QVERIFY(f[0].message.contains(QLatin1String("ends with a space")));
        QCOMPARE(one(QStringLiteral(" 船来了。"), QStringLiteral(" The ship came."), FindingKind::Spaces).size(), 0);
    }

    void links_webAndMailAddresses_onOneSideOnly()
    {
        const QString source = QStringLiteral("详见 https://example.org/a?b=1 或写信给 chen@example.org。");
        QCOMPARE(one(source, QStringLiteral("See https://example.org/a?b=1 or write to chen@example.org."),
                     FindingKind::Links)
                     .size(),
                 0);
        const auto f = one(source, QStringLiteral("See https://example.org/a or write to chen@example.com."),
                           FindingKind::Links);
        QCOMPARE(f.size(), 4); // both addresses missing, two others added
        QVERIFY(f[0].message.contains(QLatin1String("https://example.org/a?b=1")));
        QCOMPARE(f[0].sourceRange.start, source.indexOf(QLatin1String("https")));
    }

    void tags_andPlaceholders_onOneSideOnly()
    {
        QCOMPARE(one(QStringLiteral("<b>%1</b> 个文件，共 {count} 项，%s"),
                     QStringLiteral("<b>%1</b> files, {count} items, %s"), FindingKind::Tags)
                     .size(),
                 0);
        const auto f = one(QStringLiteral("<b>%1</b> 个文件"), QStringLiteral("%1 files</b> {0}"), FindingKind::Tags);
        QCOMPARE(f.size(), 2); // <b> missing, {0} added
        QVERIFY(f[0].message.startsWith(QLatin1String("<b>")));
        QVERIFY(f[1].message.startsWith(QLatin1String("{0}")));
        // A percentage before a word is no placeholder.
        QCOMPARE(one(QStringLiteral("降到5%-13%"), QStringLiteral("down to 5%-13%of it"), FindingKind::Tags).size(), 0);
    }

    void targetInconsistency_sameTranslationForDifferentSources()
    {
        const auto f
            = findings({ { QStringLiteral("灯塔在北角。"), QStringLiteral("The lighthouse is on the cape.") },
                         { QStringLiteral("灯塔在南角。"), QStringLiteral("The lighthouse is on the cape.") },
                         { QStringLiteral("灯塔在北角。"), QStringLiteral("The lighthouse is on the cape.") } },
                       FindingKind::Inconsistency);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].segment, 1);
        QVERIFY(f[0].message.contains(QLatin1String("segment 1")));
    }
};

QTEST_GUILESS_MAIN(TestFormChecks)
#include "tst_formchecks.moc"
