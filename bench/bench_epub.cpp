// EPUB benchmark: two books of a novel's size (about 200k Chinese characters and 600k
// English ones), generated, zipped with libzip, then imported and aligned (chapters,
// paragraphs, sentences).
//
//   bench_epub [SOURCE_SENTENCES]
#include "io/epubreader.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <zip.h>

using namespace bireader;

namespace {

// One EPUB of `chapters`, each a list of paragraphs.
void writeEpub(const QString &path, const QString &lang, const QList<QStringList> &chapters)
{
    int err = 0;
    zip_t *z = zip_open(path.toUtf8().constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QList<QByteArray> keep;
    auto add = [&](const QString &name, const QByteArray &data) {
        keep.append(data);
        zip_file_add(z, name.toUtf8().constData(),
                     zip_source_buffer(z, keep.back().constData(), zip_uint64_t(keep.back().size()), 0),
                     ZIP_FL_OVERWRITE);
    };
    add(QStringLiteral("mimetype"), "application/epub+zip");
    add(QStringLiteral("META-INF/container.xml"),
        "<container><rootfiles><rootfile full-path=\"OEBPS/content.opf\"/></rootfiles></container>");
    QString manifest, spine;
    for (qsizetype c = 0; c < chapters.size(); ++c) {
        manifest += QStringLiteral("<item id=\"c%1\" href=\"c%1.xhtml\" media-type=\"application/xhtml+xml\"/>").arg(c);
        spine += QStringLiteral("<itemref idref=\"c%1\"/>").arg(c);
        QString body;
        for (const QString &p : chapters[c])
            body += QStringLiteral("<p>%1</p>\n").arg(p);
        add(QStringLiteral("OEBPS/c%1.xhtml").arg(c),
            QStringLiteral("<html><body>%1</body></html>").arg(body).toUtf8());
    }
    add(QStringLiteral("OEBPS/content.opf"),
        QStringLiteral(
            "<package><metadata><language>%1</language></metadata><manifest>%2</manifest><spine>%3</spine></package>")
            .arg(lang, manifest, spine)
            .toUtf8());
    zip_close(z);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 9000;
    const auto pair = bench::makeSyntheticPair(n, 7);
    // Paragraphs of 4 beads, chapters of 40 paragraphs, the same on both sides.
    QList<QStringList> zh, en;
    QStringList zp, ep;
    QString zpara, epara;
    int chars[2] = { 0, 0 };
    for (qsizetype k = 0; k < pair.gold.size(); ++k) {
        const Bead &b = pair.gold[k];
        for (int i = b.sourceBegin; i < b.sourceEnd(); ++i)
            zpara += pair.source[i];
        for (int j = b.targetBegin; j < b.targetEnd(); ++j)
            epara += (epara.isEmpty() ? QString() : QStringLiteral(" ")) + pair.target[j];
        if (k % 4 == 3 || k + 1 == pair.gold.size()) {
            if (!zpara.isEmpty()) {
                zp << zpara;
                chars[0] += int(zpara.size());
            }
            if (!epara.isEmpty()) {
                ep << epara;
                chars[1] += int(epara.size());
            }
            zpara.clear();
            epara.clear();
            if (zp.size() >= 40 || k + 1 == pair.gold.size()) {
                zh << zp;
                en << ep;
                zp.clear();
                ep.clear();
            }
        }
    }
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("zh.epub")), b = dir.filePath(QStringLiteral("en.epub"));
    writeEpub(a, QStringLiteral("zh"), zh);
    writeEpub(b, QStringLiteral("en"), en);

    QElapsedTimer t;
    t.start();
    QFile fa(a), fb(b);
    const ImportResult r = importEpubPair(fa, a, fb, b, {});
    const double ms = t.nsecsElapsed() / 1e6;
    if (!r.ok()) {
        fprintf(stderr, "%s\n", qPrintable(r.error));
        return 1;
    }
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    const QJsonObject o { { QStringLiteral("chinese_chars"), chars[0] },
                          { QStringLiteral("english_chars"), chars[1] },
                          { QStringLiteral("chapters"), int(zh.size()) },
                          { QStringLiteral("segments"), int(r.document.segments.size()) },
                          { QStringLiteral("paired"), r.document.pairedCount() },
                          { QStringLiteral("import_align_ms"), ms },
                          { QStringLiteral("peak_mb"), ru.ru_maxrss / 1024.0 } };
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
