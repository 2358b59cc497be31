// Term matcher benchmark: build over every CC-CEDICT headword (simplified and
// traditional), then find all terms in about 1 MB of UTF-8 text.
//
//   bench_matcher CEDICT TEXT [TEXT ...]   (the texts are repeated up to 1 MB)
#include "glossary/cedictreader.h"
#include "glossary/termmatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <sys/resource.h>

using namespace bireader;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        fprintf(stderr, "usage: bench_matcher CEDICT TEXT [TEXT ...]\n");
        return 2;
    }
    QElapsedTimer t;
    t.start();
    Dictionary dict;
    if (!loadCedictFile(args[1], dict).ok())
        return 2;
    const double loadMs = t.nsecsElapsed() / 1e6;

    t.restart();
    TermMatcher matcher;
    for (int e = 0; e < dict.size(); ++e) {
        const DictEntry entry = dict.entry(e);
        matcher.addTerm(entry.simplified, e);
        if (entry.traditional != entry.simplified)
            matcher.addTerm(entry.traditional, e);
    }
    matcher.build();
    const double buildMs = t.nsecsElapsed() / 1e6;

    QByteArray utf8;
    for (int i = 2; i < args.size(); ++i) {
        QFile f(args[i]);
        if (f.open(QIODevice::ReadOnly))
            utf8 += f.readAll();
    }
    QByteArray text;
    while (!utf8.isEmpty() && text.size() < (1 << 20))
        text += utf8;
    const QString s = QString::fromUtf8(text);

    t.restart();
    const QList<TermMatch> matches = matcher.findAll(s);
    const double matchMs = t.nsecsElapsed() / 1e6;

    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    const QJsonObject o { { QStringLiteral("entries"), dict.size() },
                          { QStringLiteral("terms"), matcher.termCount() },
                          { QStringLiteral("nodes"), matcher.nodeCount() },
                          { QStringLiteral("dict_load_ms"), loadMs },
                          { QStringLiteral("build_ms"), buildMs },
                          { QStringLiteral("text_bytes"), int(text.size()) },
                          { QStringLiteral("text_chars"), int(s.size()) },
                          { QStringLiteral("match_ms"), matchMs },
                          { QStringLiteral("matches"), int(matches.size()) },
                          { QStringLiteral("peak_mb"), ru.ru_maxrss / 1024.0 } };
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
