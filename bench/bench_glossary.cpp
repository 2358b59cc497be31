// Glossary import benchmark: a CSV of N terms read, given readings (ICU's Han-Latin, no
// dictionary), merged into a project's glossary of N/10 terms and saved, as
// `bireader-cli glossary import` does. Target: 300,000 rows in under 2 s.
//
//   bench_glossary [N]
#include "glossary/glossaryformats.h"
#include "glossary/reading.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace bireader;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 300000;
    QTemporaryDir tmp;
    // Terms of two to four common characters and a number (all distinct), fixed seed.
    const QString chars
        = QStringLiteral("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去"
                         "之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方");
    QRandomGenerator random(7);
    QString csv = QStringLiteral("term,translation,note,forbidden\n");
    for (int i = 0; i < n; ++i) {
        QString term;
        for (int k = 2 + int(random.bounded(3)); k > 0; --k)
            term += chars[int(random.bounded(quint32(chars.size())))];
        csv += term + QString::number(i) + QStringLiteral(",rendering %1,,\n").arg(i);
    }
    const QString csvPath = tmp.filePath(QStringLiteral("terms.csv"));
    QFile f(csvPath);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    f.write(csv.toUtf8());
    f.close();
    ProjectData data;
    data.document.sourceLanguage = QStringLiteral("zh");
    for (int i = 0; i < n / 10; ++i) // the project's own terms, a tenth of them imported again
        data.glossary.entries.append(
            { QStringLiteral("项目%1").arg(i), { QStringLiteral("project %1").arg(i) }, {}, {}, {} });
    const QString project = tmp.filePath(QStringLiteral("p.bireader"));
    ProjectStore store;
    if (const QString e = store.create(project, data).error(); !e.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }

    QElapsedTimer total, phase;
    total.start();
    phase.start();
    const GlossaryReadResult r = loadGlossaryFile(csvPath);
    const double readMs = phase.nsecsElapsed() / 1e6;
    phase.restart();
    QList<TermEntry> entries = r.glossary.entries;
    ReadingFinder readings;
    for (TermEntry &e : entries)
        e.reading = readings.reading(e.source);
    const double readingsMs = phase.nsecsElapsed() / 1e6;
    phase.restart();
    data.glossary.merge(entries);
    const double mergeMs = phase.nsecsElapsed() / 1e6;
    phase.restart();
    const QString e = store.saveGlossary(data.glossary).error();
    const double saveMs = phase.nsecsElapsed() / 1e6;
    const double totalMs = total.nsecsElapsed() / 1e6;
    struct rusage ru {
    };
    getrusage(RUSAGE_SELF, &ru);
    const QJsonObject out { { QStringLiteral("rows"), n },
                            { QStringLiteral("terms"), int(data.glossary.entries.size()) },
                            { QStringLiteral("error"), e },
                            { QStringLiteral("read_ms"), readMs },
                            { QStringLiteral("readings_ms"), readingsMs },
                            { QStringLiteral("merge_ms"), mergeMs },
                            { QStringLiteral("save_ms"), saveMs },
                            { QStringLiteral("total_ms"), totalMs },
                            { QStringLiteral("peak_mb"), double(ru.ru_maxrss) / 1024.0 } };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return e.isEmpty() ? 0 : 1;
}
