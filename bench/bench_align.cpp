// Alignment benchmark: time, memory and (where a gold is known) quality.
//
//   bench_align file SRC TGT [--dict CEDICT] [--repeat K]
//                                              align two presplit files (one unit a line);
//                                              --repeat: K more runs in the same process,
//                                              "warm_ms" is their median (memory already mapped)
//   bench_align synthetic N                    align a generated pair of N source sentences
//
// Prints one JSON object a run. Peak memory is the process's maximum resident set.
#include "align/aligner.h"
#include "glossary/cedictreader.h"
#include "peakmemory.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace bireader;

namespace {

// Minor page faults so far: how many fresh pages a run touched (each costs a fault, which
// is slow on virtual machines).
long pageFaults()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_minflt;
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "cannot read %s\n", qPrintable(path));
        exit(2);
    }
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonObject statsJson(const AlignStats &s)
{
    return { { QStringLiteral("tokenize_ms"), s.tokenizeMs },
             { QStringLiteral("first_pass_ms"), s.firstPassMs },
             { QStringLiteral("learn_ms"), s.learnMs },
             { QStringLiteral("second_pass_ms"), s.secondPassMs },
             { QStringLiteral("first_pass_rounds"), s.firstPassRounds },
             { QStringLiteral("cells"), double(s.cells) },
             { QStringLiteral("ratio"), s.lengthRatio },
             { QStringLiteral("variance"), s.lengthVariance },
             { QStringLiteral("pm"), s.matchProbability },
             { QStringLiteral("learned"), s.learnedAssociations },
             { QStringLiteral("first_pass_half_width"), s.firstPassHalfWidth } };
}

// Strict F1 of beads against gold (1-0 and 0-1 left out of recall, as score_align.py).
double strictF1(const Alignment &test, const Alignment &gold)
{
    auto key = [](const Bead &b) {
        return QStringLiteral("%1,%2,%3,%4")
            .arg(b.sourceBegin)
            .arg(b.sourceCount)
            .arg(b.targetBegin)
            .arg(b.targetCount);
    };
    QSet<QString> g, t;
    for (const Bead &b : gold)
        g.insert(key(b));
    for (const Bead &b : test)
        t.insert(key(b));
    int hitP = 0, hitR = 0, nR = 0;
    for (const Bead &b : test)
        hitP += g.contains(key(b));
    for (const Bead &b : gold)
        if (b.sourceCount && b.targetCount) {
            ++nR;
            hitR += t.contains(key(b));
        }
    const double p = test.isEmpty() ? 0 : double(hitP) / test.size(), r = nR ? double(hitR) / nR : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void print(const QJsonObject &o)
{
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("synthetic")) {
        const auto data = bench::makeSyntheticPair(args[2].toInt());
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"));
        AlignStats stats;
        QElapsedTimer t;
        t.start();
        const Alignment beads = aligner.align(data.source, data.target, &stats);
        const double ms = t.nsecsElapsed() / 1e6;
        QJsonObject o { { QStringLiteral("run"), QStringLiteral("synthetic") },
                        { QStringLiteral("source_sentences"), int(data.source.size()) },
                        { QStringLiteral("target_sentences"), int(data.target.size()) },
                        { QStringLiteral("align_ms"), ms },
                        { QStringLiteral("strict_f1"), strictF1(beads, data.gold) },
                        { QStringLiteral("peak_mb"), peakMb() } };
        o.insert(QStringLiteral("phases"), statsJson(stats));
        print(o);
        return 0;
    }
    if (args.size() >= 4 && args[1] == QLatin1String("file")) {
        QElapsedTimer t;
        t.start();
        Dictionary dict;
        double loadMs = 0;
        const qsizetype dictAt = args.indexOf(QLatin1String("--dict")),
                        repeatAt = args.indexOf(QLatin1String("--repeat"));
        const int repeats = repeatAt > 0 && repeatAt + 1 < args.size() ? args[repeatAt + 1].toInt() : 0;
        if (dictAt > 0 && dictAt + 1 < args.size()) {
            const CedictLoadResult r = loadCedictFile(args[dictAt + 1], dict);
            if (!r.ok()) {
                fprintf(stderr, "%s\n", qPrintable(r.error));
                return 2;
            }
            loadMs = t.nsecsElapsed() / 1e6;
        }
        const QStringList src = readLines(args[2]), tgt = readLines(args[3]);
        const long faultsBefore = pageFaults();
        t.restart();
        Aligner aligner(QStringLiteral("zh"), QStringLiteral("en"), dict.isEmpty() ? nullptr : &dict);
        AlignStats stats;
        const Alignment beads = aligner.align(src, tgt, &stats);
        const double ms = t.nsecsElapsed() / 1e6;
        const long faults = pageFaults() - faultsBefore;
        std::vector<double> warm;
        for (int k = 0; k < repeats; ++k) {
            t.restart();
            Aligner again(QStringLiteral("zh"), QStringLiteral("en"), dict.isEmpty() ? nullptr : &dict);
            AlignStats ws;
            again.align(src, tgt, &ws);
            warm.push_back(t.nsecsElapsed() / 1e6);
        }
        std::sort(warm.begin(), warm.end());
        QJsonObject o { { QStringLiteral("run"),
                          dict.isEmpty() ? QStringLiteral("file") : QStringLiteral("file+dict") },
                        { QStringLiteral("source_units"), int(src.size()) },
                        { QStringLiteral("target_units"), int(tgt.size()) },
                        { QStringLiteral("dict_load_ms"), loadMs },
                        { QStringLiteral("align_ms"), ms },
                        { QStringLiteral("total_ms"), loadMs + ms },
                        { QStringLiteral("beads"), int(beads.size()) },
                        { QStringLiteral("page_faults"), double(faults) },
                        { QStringLiteral("peak_mb"), peakMb() } };
        o.insert(QStringLiteral("phases"), statsJson(stats));
        if (!warm.empty())
            o.insert(QStringLiteral("warm_ms"), warm[warm.size() / 2]);
        print(o);
        return 0;
    }
    fprintf(stderr, "usage: bench_align file SRC TGT [--dict CEDICT] [--repeat K] | bench_align synthetic N\n");
    return 2;
}
