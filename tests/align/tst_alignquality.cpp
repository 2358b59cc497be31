// Alignment quality on the development data in ../shared; skipped when it is absent.
#include "alignscore.h"

#include "align/aligner.h"
#include "glossary/cedictreader.h"

#include <QDir>
#include <QFile>
#include <QTest>

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
        QVERIFY2(f1 >= 0.95, qPrintable(QString::number(f1)));
    }
};

QTEST_GUILESS_MAIN(TestAlignQuality)
#include "tst_alignquality.moc"
