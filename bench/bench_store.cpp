// Project file benchmark: create a project of N segments, then open it (read all).
//
//   bench_store N [DIR]
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace bireader;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir tmp;
    const QString path = (argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path()) + QStringLiteral("/bench.bireader");

    ProjectData data;
    data.document.sourceLanguage = QStringLiteral("zh");
    data.document.targetLanguage = QStringLiteral("en");
    const QString zh
        = QStringLiteral("老周在北角灯塔工作了三十二年。每天傍晚，他沿着台阶爬到塔顶，点亮那盏旧灯。今晚有雾。");
    const QString en
        = QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years. Every evening he "
                         "climbed the steps to the top of the tower and lit the old lamp. There is fog tonight.");
    for (int i = 0; i < n; ++i) {
        Segment s;
        s.source
            = { zh + QString::number(i), { { 0, 15 }, { 15, 27 }, { 42, 5 } }, { QStringLiteral("book.zh.txt"), i } };
        s.target
            = { en + QString::number(i), { { 0, 66 }, { 67, 89 }, { 157, 21 } }, { QStringLiteral("book.en.txt"), i } };
        s.beads = { { 0, 1, 0, 1, 0.9 }, { 1, 1, 1, 1, 0.8 }, { 2, 1, 2, 1, 0.7 } };
        data.document.segments.append(s);
    }
    QElapsedTimer t;
    t.start();
    ProjectStore store;
    if (const QString e = store.create(path, data).error(); !e.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(e));
        return 1;
    }
    store.close();
    const double createMs = t.nsecsElapsed() / 1e6;

    t.restart();
    ProjectStore reader;
    const Result<ProjectData> opened = reader.open(path);
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    const ProjectData &read = opened.value();
    const double openMs = t.nsecsElapsed() / 1e6;

    t.restart();
    if (const Result<> edited
        = reader.setCorrection(n / 2, SideText { QStringLiteral("Corrected."), { { 0, 10 } }, {} });
        !edited) {
        fprintf(stderr, "%s\n", qPrintable(edited.error()));
        return 1;
    }
    const double editMs = t.nsecsElapsed() / 1e6;

    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    const QJsonObject o { { QStringLiteral("segments"), int(read.document.segments.size()) },
                          { QStringLiteral("file_mb"), QFileInfo(path).size() / 1048576.0 },
                          { QStringLiteral("create_ms"), createMs },
                          { QStringLiteral("open_ms"), openMs },
                          { QStringLiteral("one_edit_ms"), editMs },
                          { QStringLiteral("peak_mb"), ru.ru_maxrss / 1024.0 } };
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
