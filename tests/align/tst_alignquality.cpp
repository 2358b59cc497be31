// Alignment quality on the development data in ../shared; skipped when it is absent.
#include "alignscore.h"

#include "align/aligner.h"
#include "glossary/cedictreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace bireader;
using namespace bireader::testing;

namespace {

const QString kShared = QStringLiteral(BIREADER_SHARED_DIR);

QStringList lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList l = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!l.isEmpty() && l.back().isEmpty())
        l.removeLast();
    return l;
}

} // namespace

class TestAlignQuality : public QObject
{
    Q_OBJECT

private slots:
    void bible_strictF1_data()
    {
        QTest::addColumn<bool>("withDictionary");
        QTest::newRow("cc-cedict") << true;
        QTest::newRow("no-dictionary") << false;
    }
    void bible_strictF1()
    {
        QFETCH(bool, withDictionary);
        const QString dir = kShared + QStringLiteral("/data/bible-zh-en");
        if (!QFile::exists(dir + QStringLiteral("/gold.align")))
            QSKIP("../shared/data/bible-zh-en is not here");
        Dictionary dict;
        if (withDictionary && !loadCedictFile(kShared + QStringLiteral("/data/cc-cedict/cedict_ts.u8"), dict).ok())
            QSKIP("CC-CEDICT is not here");
        const QStringList zh = lines(dir + QStringLiteral("/zh.txt")), en = lines(dir + QStringLiteral("/en.txt"));
        const QStringList zv = lines(dir + QStringLiteral("/zh.verse")), ev = lines(dir + QStringLiteral("/en.verse"));
        QFile goldFile(dir + QStringLiteral("/gold.align"));
        QVERIFY(goldFile.open(QIODevice::ReadOnly));
        const auto gold = mergeByGroups(parseBeads(QString::fromUtf8(goldFile.readAll())), zv, ev);

        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), withDictionary ? &dict : nullptr);
        const auto test = mergeByGroups(toIndexBeads(aligner.align(zh, en)), zv, ev);
        const double f1 = strictF1(gold, test);
        qInfo("Bible strict F1 (%s): %.4f", withDictionary ? "CC-CEDICT" : "no dictionary", f1);
        QVERIFY2(f1 >= 0.96, qPrintable(QString::number(f1)));
    }

    // Literary chapters (novels and their published translations), one sentence a line,
    // with hand-made gold: translators merge and split sentences freely and leave almost
    // none out.
    void literary_macDev()
    {
        const QString dir = kShared + QStringLiteral("/data/mac-dev");
        if (!QDir(dir + QStringLiteral("/gold")).exists())
            QSKIP("../shared/data/mac-dev is not here");
        Dictionary dict;
        if (!loadCedictFile(kShared + QStringLiteral("/data/cc-cedict/cedict_ts.u8"), dict).ok())
            QSKIP("CC-CEDICT is not here");
        F1Counts strict, lax;
        int goldNulls = 0, testNulls = 0;
        const QStringList chapters = QDir(dir + QStringLiteral("/gold")).entryList({ QStringLiteral("*.align") });
        QVERIFY(!chapters.isEmpty());
        for (const QString &file : chapters) {
            const QString name = file.chopped(6);
            QFile goldFile(dir + QStringLiteral("/gold/") + file);
            QVERIFY(goldFile.open(QIODevice::ReadOnly));
            const auto gold = parseBeads(QString::fromUtf8(goldFile.readAll()));
            Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), &dict);
            const auto test = toIndexBeads(
                aligner.align(lines(dir + QStringLiteral("/zh/") + name), lines(dir + QStringLiteral("/en/") + name)));
            strict += f1Counts(gold, test, false);
            lax += f1Counts(gold, test, true);
            auto nulls = [](const std::vector<IndexBead> &beads) {
                return int(std::count_if(beads.begin(), beads.end(),
                                         [](const IndexBead &b) { return b.first.empty() != b.second.empty(); }));
            };
            goldNulls += nulls(gold);
            testNulls += nulls(test);
        }
        qInfo("MAC-Dev: strict F1 %.4f, lax F1 %.4f, null beads %d (gold %d)", strict.f1(), lax.f1(), testNulls,
              goldNulls);
        QVERIFY2(strict.f1() >= 0.88, qPrintable(QString::number(strict.f1())));
        QVERIFY2(lax.f1() >= 0.99, qPrintable(QString::number(lax.f1())));
        QVERIFY(testNulls <= 2 * goldNulls);
    }
};

QTEST_GUILESS_MAIN(TestAlignQuality)
#include "tst_alignquality.moc"
