// The first user's document (../shared/seeds): skipped when ../shared is absent.
#include "../align/alignscore.h"

#include "glossary/cedictreader.h"
#include "io/importer.h"
#include "io/interleavedreader.h"
#include "text/script.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace bireader;

namespace {

const QString kSeeds = QStringLiteral(BIREADER_SHARED_DIR "/seeds/");
const QString kSeed000 = kSeeds + QStringLiteral("000_f2ac8bfa5ff1df3e.txt");
const QString kSeed001 = kSeeds + QStringLiteral("001_5ac718d42a947581.txt");

QString squeeze(const QString &s)
{
    QString out;
    for (QChar c : s.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            out += c;
    return out;
}

} // namespace

class TestSeeds : public QObject
{
    Q_OBJECT

private:
    Document page;

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kSeed000))
            QSKIP("../shared/seeds is not here");
        QFile f(kSeed000);
        const ImportResult r = InterleavedReader().read(f, kSeed000, {});
        QVERIFY2(r.ok(), qPrintable(r.error));
        page = r.document;
    }

    void seed000_allArticlePairs()
    {
        QCOMPARE(page.sourceLanguage, QStringLiteral("zh"));
        QCOMPARE(page.targetLanguage, QStringLiteral("en"));
        QCOMPARE(page.pairedCount(), 112);
        for (const Segment &s : page.segments) {
            if (!s.isPaired())
                continue;
            // Every pair is a Chinese paragraph and an English one (some keep a Chinese prefix).
            QCOMPARE(ScriptProfile::of(s.source.text).dominant(), ScriptFamily::Han);
            QCOMPARE(ScriptProfile::of(s.target.text).dominant(), ScriptFamily::Latin);
        }
    }

    void seed000_withCcCedict_theSamePairs_footerUnpaired()
    {
        // The dictionary finds words shared by a related post's headline and its bilingual
        // excerpt in the footer: still no pair, and the same 112 as without it.
        Dictionary cedict;
        if (!loadCedictFile(QStringLiteral(BIREADER_SHARED_DIR "/data/cc-cedict/cedict_ts.u8"), cedict).ok())
            QSKIP("CC-CEDICT is not in ../shared");
        QFile f(kSeed000);
        ImportOptions options;
        options.dictionary = &cedict;
        const ImportResult r = InterleavedReader().read(f, kSeed000, options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document.pairedCount(), 112);
        QStringList with, without;
        for (const Segment &s : r.document.segments)
            if (s.isPaired())
                with << s.source.text + QLatin1Char('|') + s.target.text;
        for (const Segment &s : page.segments)
            if (s.isPaired())
                without << s.source.text + QLatin1Char('|') + s.target.text;
        QCOMPARE(with, without);
    }

    void seed000_chromeAndTitleUnpaired()
    {
        QVERIFY(page.segments[0].target.isEmpty());
        QVERIFY(page.segments[1].source.isEmpty());
        QVERIFY(page.segments[1].target.text.startsWith(QLatin1String("Revealing DeepSeek")));
    }

    void seed000_footerUnpaired()
    {
        qsizetype footer = -1;
        for (qsizetype i = 0; i < page.segments.size(); ++i)
            if (page.segments[i].source.text == QStringLiteral("评论"))
                footer = i;
        QVERIFY(footer > 100);
        for (qsizetype i = footer; i < page.segments.size(); ++i)
            QVERIFY2(!page.segments[i].isPaired(), qPrintable(page.segments[i].source.text.left(40)));
    }

    void seed000_untranslatedPrefixStaysInTarget()
    {
        int prefixed = 0;
        for (const Segment &s : page.segments)
            prefixed += s.isPaired() && s.target.text.startsWith(QStringLiteral("梁文锋:首先训练效率有差距。"));
        QCOMPARE(prefixed, 1);
    }

    // Seed 001 (the Chinese original) against the English paragraphs of 000, one a line.
    void seed001_presplitAlignment_isExact()
    {
        const QString cedict = QStringLiteral(BIREADER_SHARED_DIR "/data/cc-cedict/cedict_ts.u8");
        if (!QFile::exists(kSeed001) || !QFile::exists(cedict))
            QSKIP("seed 001 or CC-CEDICT is not here");
        QStringList english;
        QHash<QString, int> englishOf; // squeezed Chinese paragraph -> its English line
        int title = -1;
        for (const Segment &s : page.segments) {
            if (s.target.isEmpty())
                continue;
            if (s.source.isEmpty() && title < 0)
                title = int(english.size());
            else if (!s.source.isEmpty())
                englishOf.insert(squeeze(s.source.text), int(english.size()));
            english.append(s.target.text);
        }
        QFile f(kSeed001);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList chinese;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                chinese.append(line.trimmed());

        std::vector<testing::IndexBead> gold;
        for (int i = 0; i < chinese.size(); ++i) {
            int k = englishOf.value(squeeze(chinese[i]), -1);
            if (k < 0 && chinese[i].startsWith(QStringLiteral("揭秘DeepSeek")))
                k = title; // the title's Chinese is in 001 only
            gold.push_back({ { i }, k >= 0 ? std::vector<int> { k } : std::vector<int> {} });
        }

        Dictionary dict;
        QVERIFY(loadCedictFile(cedict, dict).ok());
        QByteArray zh = chinese.join(QLatin1Char('\n')).toUtf8(), en = english.join(QLatin1Char('\n')).toUtf8();
        QBuffer zb(&zh), eb(&en);
        ImportOptions options;
        options.presplit = true;
        options.dictionary = &dict;
        const ImportResult r = importPair(zb, QStringLiteral("001.txt"), eb, QStringLiteral("000-en.txt"), options);
        QVERIFY(r.ok());
        const double f1 = testing::strictF1(gold, testing::toIndexBeads(documentBeads(r.document)));
        qInfo("seed 001 vs 000 English, presplit, CC-CEDICT: strict F1 %.4f", f1);
        QCOMPARE(f1, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
