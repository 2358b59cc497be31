#include "align/aligner.h"
#include "glossary/cedictreader.h"
#include "text/sentencesplitter.h"

#include <QFile>

#include <QTest>
#include <algorithm>

using namespace bireader;

namespace {

QStringList sentencesOf(const QString &path, const QString &language)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    const QString text = QString::fromUtf8(f.readAll());
    QStringList out;
    SentenceSplitter splitter(language);
    for (const QString &para : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        for (const TextRange &r : splitter.split(para))
            out.append(para.mid(r.start, r.length));
    return out;
}

QString beadsString(const Alignment &a)
{
    QStringList parts;
    for (const Bead &b : a) {
        QStringList s, t;
        for (int i = 0; i < b.sourceCount; ++i)
            s << QString::number(b.sourceBegin + i);
        for (int j = 0; j < b.targetCount; ++j)
            t << QString::number(b.targetBegin + j);
        parts << QStringLiteral("[%1]:[%2]").arg(s.join(QLatin1Char(',')), t.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(' '));
}

// Aligned by hand. [3,4]:[4,5] is a true 2-2: 他对女儿小梅说 is rendered inside the first
// English sentence ("...," he told his daughter Xiaomei.).
const QString kSampleGold = QStringLiteral(
    "[0]:[0] [1]:[1] [2]:[2,3] [3,4]:[4,5] [5]:[6] [6]:[7] [7]:[8] [8]:[9] [9]:[10] [10]:[11] "
    "[11]:[12] [12]:[13] [13]:[14] [14]:[15] [15]:[16] [16]:[17] [17]:[18] [18]:[19] [19]:[20] [20,21]:[21] [22]:[22]");

int sharedBeads(const QString &a, const QString &b)
{
    const QStringList x = a.split(QLatin1Char(' ')), y = b.split(QLatin1Char(' '));
    return int(std::count_if(x.begin(), x.end(), [&](const QString &bead) { return y.contains(bead); }));
}

} // namespace

class TestAligner : public QObject
{
    Q_OBJECT

private:
    QStringList zh, en;
    Dictionary dict;

private slots:
    void initTestCase()
    {
        zh = sentencesOf(QStringLiteral(BIREADER_SAMPLES "/lighthouse.zh.txt"), QStringLiteral("zh"));
        en = sentencesOf(QStringLiteral(BIREADER_SAMPLES "/lighthouse.en.txt"), QStringLiteral("en"));
        QVERIFY(loadCedictFile(QStringLiteral(BIREADER_SAMPLES "/sample-dict.u8"), dict).ok());
    }

    void sample_withDictionary_alignsAsByHand()
    {
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
        QCOMPARE(beadsString(aligner.align(zh, en)), kSampleGold);
    }

    void sample_lengthAndNumbersOnly_mostlyRight()
    {
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"));
        const QString test = beadsString(aligner.align(zh, en));
        QVERIFY2(sharedBeads(test, kSampleGold) >= 18, qPrintable(test)); // of 21
    }

    void extraSourceSentence_becomesADeletion()
    {
        QStringList source = zh;
        // Words the dictionary knows, none of them in the translation around it.
        source.insert(8, QStringLiteral("（编者注：收音机和海鸟都很孤独。）"));
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
        const Alignment a = aligner.align(source, en);
        QVERIFY2(a.contains(Bead { 8, 1, 9, 0 }), qPrintable(beadsString(a)));
        QVERIFY(a.contains(Bead { 9, 1, 9, 1 })); // and the alignment goes on in step
    }

    void extraTargetSentence_becomesAnInsertion()
    {
        QStringList target = en;
        target.insert(
            12,
            QStringLiteral("Translator's note: the radio was a gift from his brother, a sailor on the Pacific route."));
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
        const Alignment a = aligner.align(zh, target);
        const bool inserted = std::any_of(a.begin(), a.end(), [](const Bead &b) {
            return b.sourceCount == 0 && b.targetBegin == 12 && b.targetCount == 1;
        });
        QVERIFY2(inserted, qPrintable(beadsString(a)));
    }

    void shortSentenceWithoutCommonWords_joinsANeighbour()
    {
        // A translator's short addition, no word of it in the original: part of a
        // neighbouring bead, not a sentence left untranslated.
        QStringList target = en;
        target.insert(12, QStringLiteral("It was late."));
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
        const Alignment a = aligner.align(zh, target);
        const bool nullBead
            = std::any_of(a.begin(), a.end(), [](const Bead &b) { return b.sourceCount == 0 || b.targetCount == 0; });
        QVERIFY2(!nullBead, qPrintable(beadsString(a)));
        const bool joined = std::any_of(a.begin(), a.end(), [](const Bead &b) {
            return b.sourceCount > 0 && b.targetBegin <= 12 && b.targetBegin + b.targetCount > 12 && b.targetCount > 1;
        });
        QVERIFY2(joined, qPrintable(beadsString(a)));
    }

    void untranslatedLinesAtTheEnd_stayUnpaired()
    {
        // Web page leftovers after the article ("comments", "share"): at the edge of the
        // document untranslated material is common, and it is not merged into the last bead.
        QStringList source = zh;
        source << QStringLiteral("评论") << QStringLiteral("分享到微博");
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
        const Alignment a = aligner.align(source, en);
        const int n = int(zh.size());
        QVERIFY2(a.contains(Bead { n, 1, int(en.size()), 0 }), qPrintable(beadsString(a)));
        QVERIFY(a.contains(Bead { n + 1, 1, int(en.size()), 0 }));
    }

    void oneSentenceTranslatedAsFive_isOneBead()
    {
        // Beads up to 1-6 are searched: a long original sentence rendered as five.
        QStringList source = zh.mid(0, 6), target = en.mid(0, 7);
        const QString joined = zh.mid(6, 5).join(QString());
        source << joined << zh.mid(11);
        target << en.mid(7, 5) << en.mid(12);
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
        const Alignment a = aligner.align(source, target);
        QVERIFY2(a.contains(Bead { 6, 1, 7, 5 }), qPrintable(beadsString(a)));
    }

    void constraints_fixedBeadKept_andNoBeadCrossesABoundary()
    {
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
        QVERIFY(aligner.align(zh, en).contains(Bead { 3, 2, 4, 2 })); // unconstrained: the 2-2
        // A link the user made that contradicts it, and a boundary further on.
        AlignConstraints constraints;
        constraints.fixed.append({ 3, 1, 4, 1, 1.0 });
        constraints.boundaries.emplace_back(10, 11);
        const Alignment a = aligner.align(zh, en, constraints);
        QVERIFY2(a.contains(Bead { 3, 1, 4, 1 }), qPrintable(beadsString(a)));
        int s = 0, t = 0;
        for (const Bead &b : a) {
            QCOMPARE(b.sourceBegin, s);
            QCOMPARE(b.targetBegin, t);
            QVERIFY2(!(b.sourceBegin < 10 && b.sourceEnd() > 10) && !(b.targetBegin < 11 && b.targetEnd() > 11),
                     qPrintable(beadsString(a)));
            s += b.sourceCount;
            t += b.targetCount;
        }
        QCOMPARE(s, int(zh.size()));
        QCOMPARE(t, int(en.size()));
        QVERIFY(a.contains(Bead { 4, 1, 5, 1 })); // the rest of the 2-2 around the fixed link
    }

    void beads_coverBothSidesInOrder()
    {
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"));
        const Alignment a = aligner.align(zh.mid(3), en);
        int s = 0, t = 0;
        for (const Bead &b : a) {
            QCOMPARE(b.sourceBegin, s);
            QCOMPARE(b.targetBegin, t);
            QVERIFY(b.score >= 0.0 && b.score <= 1.0);
            s += b.sourceCount;
            t += b.targetCount;
        }
        QCOMPARE(s, int(zh.size()) - 3);
        QCOMPARE(t, int(en.size()));
    }

    void emptySide_givesDeletions()
    {
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"));
        const Alignment a = aligner.align(zh.mid(0, 3), {});
        QCOMPARE(a.size(), 3);
        QCOMPARE(a[2], (Bead { 2, 1, 0, 0 }));
        QVERIFY(aligner.align({}, {}).isEmpty());
    }

    void cancel_returnsNothing()
    {
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"));
        aligner.setCancelCheck([] { return true; });
        QVERIFY(aligner.align(zh, en).isEmpty());
    }

    void longDocument_sameBeadsEveryRun()
    {
        // Long enough for every parallel path (two-thread tokenizing, first pass from both
        // ends, second pass cut in two), and full of ties: the sample a hundred times over.
        QStringList source, target;
        for (int k = 0; k < 100; ++k) {
            source += zh;
            target += en;
        }
        QStringList runs;
        for (int run = 0; run < 3; ++run) {
            Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
            runs << beadsString(aligner.align(source, target));
        }
        QCOMPARE(runs[1], runs[0]);
        QCOMPARE(runs[2], runs[0]);
    }

    void stats_reportTheModel()
    {
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
        AlignStats stats;
        aligner.align(zh, en, &stats);
        QVERIFY(stats.lengthRatio > 2.0 && stats.lengthRatio < 5.0); // English characters per Chinese one
        QVERIFY(stats.lexicalEvidence);
        QVERIFY(stats.cells > 0);
    }
};

QTEST_GUILESS_MAIN(TestAligner)
#include "tst_aligner.moc"
