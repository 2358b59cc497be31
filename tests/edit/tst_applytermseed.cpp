// Apply Term on the first user's page (../shared/seeds/000, CC-CEDICT): skipped when
// ../shared is absent. The glossary is the one the issue names: 暗涌 -> LatePost,
// 幻方 -> High-Flyer; the machine translation renders them a dozen ways.
#include "edit/applyterm.h"
#include "glossary/cedictreader.h"
#include "io/interleavedreader.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace bireader;

namespace {

const QString kSeed000 = QStringLiteral(BIREADER_SHARED_DIR "/seeds/000_f2ac8bfa5ff1df3e.txt");
const QString kCedict = QStringLiteral(BIREADER_SHARED_DIR "/data/cc-cedict/cedict_ts.u8");

} // namespace

class TestApplyTermSeed : public QObject
{
    Q_OBJECT

private slots:
    void seed000_findsTheMachineTranslationsRenderings()
    {
        if (!QFile::exists(kSeed000) || !QFile::exists(kCedict))
            QSKIP("seed 000 or CC-CEDICT is not here");
        Dictionary dict;
        QVERIFY(loadCedictFile(kCedict, dict).ok());
        QFile f(kSeed000);
        ImportOptions options;
        options.dictionary = &dict;
        ImportResult r = InterleavedReader().read(f, kSeed000, options);
        QVERIFY(r.ok());
        ProjectData p;
        p.document = r.document;
        p.glossary.entries = { { QStringLiteral("暗涌"), { QStringLiteral("LatePost") }, {}, {}, {} },
                               { QStringLiteral("幻方"), { QStringLiteral("High-Flyer") }, {}, {}, {} } };
        // What the page's MT wrote for each term (read off the page by hand).
        const QList<QSet<QString>> renderings {
            { "Dark Surge", "Dark surge", "Dark", "Dark Yong", "Dark Surging", "Undercurrent" },
            { "fantasies", "Fantasy Fang", "magic party", "magic square", "Magic Square", "Huanfang" }
        };
        for (int entry = 0; entry < 2; ++entry) {
            const QList<TermReplacement> proposals = termReplacements(p, entry, &dict);
            int right = 0;
            for (const TermReplacement &x : proposals) {
                if (x.range.length > 0)
                    QVERIFY2(renderings[entry].contains(x.found), qPrintable(x.found)); // never other text
                right += x.range.length > 0 ? 1 : 0;
            }
            // One finding of 幻方 has no rendering (the MT dropped it): "fix by hand" is right there.
            const int renderable = int(proposals.size()) - (entry == 1 ? 1 : 0);
            qInfo("%s: %d of %d renderings found", qPrintable(p.glossary.entries[entry].source), right, renderable);
            QVERIFY(right >= 0.9 * renderable);
        }
    }
};

QTEST_GUILESS_MAIN(TestApplyTermSeed)
#include "tst_applytermseed.moc"
