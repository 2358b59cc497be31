// Export benchmark: a project of N units, each with a note (as an XLIFF with a <note> per
// unit imports), exported in each format; the time of each export from data in memory.
// Target (issue 24): 80,000 noted units in under 2 s per format; linear in notes.
//
//   bench_export [N]
#include "export/exporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace bireader;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 80000;
    ProjectData data;
    data.document.sourceLanguage = QStringLiteral("zh");
    data.document.targetLanguage = QStringLiteral("en");
    const QString zh = QStringLiteral("今晚有雾，船会比平时更需要光。");
    const QString en = QStringLiteral("There is fog tonight; the ships need the light more than usual.");
    for (int i = 0; i < n; ++i) {
        Segment s;
        s.source = { zh, { { 0, int(zh.size()) } }, {} };
        s.target = { en, { { 0, int(en.size()) } }, {} };
        s.beads = { { 0, 1, 0, 1, 0.9 } };
        data.document.segments.append(s);
        data.highlights.append(
            { i, Side::Source, { 0, int(zh.size()) }, QStringLiteral("#fff3a0"), QStringLiteral("note %1").arg(i) });
    }
    QTemporaryDir tmp;
    int worst = 0;
    for (const char *name : { "md", "html", "tmx", "xliff", "xliff2", "txt" }) {
        const auto format = exportFormatFromName(QString::fromLatin1(name));
        QElapsedTimer t;
        t.start();
        if (const Result<> r = exportToFile(data, *format, tmp.filePath(QStringLiteral("out")), {}); !r) {
            fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 1;
        }
        const int ms = int(t.elapsed());
        worst = std::max(worst, ms);
        printf("export %-6s %d units with a note each: %d ms\n", name, n, ms);
    }
    printf("slowest %d ms (target < 2000 ms at 80,000)\n", worst);
    return 0;
}
