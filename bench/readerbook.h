#pragma once

// What the reader benchmarks share: a generated book of N segments, timing statistics,
// painting both panes at once, and the peak memory.
#include "peakmemory.h"
#include "store/projectdata.h"
#include "text/sentencesplitter.h"
#include "view/readerview.h"

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace bireader::bench {

using reader::ReaderView;

inline const QStringList kZh { QStringLiteral("老周在北角灯塔工作了三十二年。"),
                               QStringLiteral("每天傍晚，他沿着台阶爬到塔顶，点亮那盏旧灯。"),
                               QStringLiteral("今晚有雾，船会比平时更需要光。"),
                               QStringLiteral("他的女儿小梅在城里读大学，学的是海洋生物。"),
                               QStringLiteral("风暴吹坏了玻璃，他用三天三夜把它修好。") };
inline const QStringList kEn {
    QStringLiteral("Old Zhou worked at the North Cape lighthouse for thirty-two years."),
    QStringLiteral("Every evening he climbed the steps to the top of the tower and lit the old lamp."),
    QStringLiteral("There is fog tonight, and the ships will need the light more than usual."),
    QStringLiteral("His daughter Xiaomei studies marine biology at a university in the city."),
    QStringLiteral("The storm broke the glass, and he spent three days and nights repairing it.")
};

// Offscreen, without the offscreen platform's own chatter on stderr.
inline void offscreenQuietly()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
        if (!m.contains(QLatin1String("This plugin does not support")) && !m.contains(QLatin1String("XDG_RUNTIME")))
            fprintf(stderr, "%s\n", qPrintable(m));
    });
}

inline ProjectData book(int n)
{
    ProjectData data;
    data.document.sourceLanguage = QStringLiteral("zh");
    data.document.targetLanguage = QStringLiteral("en");
    const SentenceSplitter zh(QStringLiteral("zh")), en(QStringLiteral("en"));
    data.document.segments.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int k = 1 + i % 4; // paragraphs of 1 to 4 sentences
        QString s, t;
        for (int j = 0; j < k; ++j) {
            s += kZh[(i + j) % 5];
            t += (j ? QStringLiteral(" ") : QString()) + kEn[(i + j) % 5];
        }
        Segment seg;
        seg.source = { s, zh.split(s), { QStringLiteral("book.zh.txt"), i } };
        seg.target = { t, en.split(t), { QStringLiteral("book.en.txt"), i } };
        for (int j = 0; j < k; ++j)
            seg.beads.append({ j, 1, j, 1, 0.9 });
        data.document.segments.append(seg);
    }
    data.glossary.entries = { { QStringLiteral("灯塔"), { QStringLiteral("lighthouse") }, {}, {}, {} } };
    return data;
}

inline void paintBoth(ReaderView *view)
{
    view->pane(Side::Source)->viewport()->repaint();
    view->pane(Side::Target)->viewport()->repaint();
}

struct Stats {
    double mean = 0, p95 = 0, max = 0;
};

inline Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    for (double x : v)
        s.mean += x;
    s.mean /= double(v.size());
    s.p95 = v[size_t(double(v.size() - 1) * 0.95)];
    s.max = v.back();
    return s;
}

} // namespace bireader::bench
