// Word-status benchmark: a word list of 100,000 words (set in one import), opened again,
// then a status lookup for every word of a generated Chinese-and-English text, and the
// document's counts.
//
//   bench_words [WORDS] [CEDICT]
#include "glossary/cedictreader.h"
#include "peakmemory.h"
#include "study/studywords.h"
#include "study/worddatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace bireader;

namespace {

// A made-up word: two or three characters from the common CJK block, or a Latin word.
QString madeUpWord(std::mt19937 &rng, bool chinese)
{
    QString w;
    if (chinese) {
        const int n = 2 + int(rng() % 2);
        for (int k = 0; k < n; ++k)
            w += QChar(char16_t(0x4E00 + rng() % 0x5000));
    } else {
        const int n = 3 + int(rng() % 7);
        for (int k = 0; k < n; ++k)
            w += QChar(char16_t('a' + rng() % 26));
    }
    return w;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args[1].toInt() : 100000;
    Dictionary dict;
    if (args.size() > 2 && !loadCedictFile(args[2], dict).ok()) {
        fprintf(stderr, "cannot load %s\n", qPrintable(args[2]));
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("words.sqlite"));
    std::mt19937 rng(7);
    QList<WordRecord> records;
    QStringList terms;
    for (int i = 0; i < n; ++i) {
        const bool chinese = i % 2 == 0;
        const QString term = madeUpWord(rng, chinese);
        terms << term;
        records.append({ chinese ? QStringLiteral("zh") : QStringLiteral("en"),
                         term,
                         WordStatus(1 + int(rng() % 5)),
                         {},
                         {},
                         {} });
    }
    QElapsedTimer t;
    t.start();
    {
        WordDatabase words;
        if (!words.open(path) || !words.setMany(records)) {
            fprintf(stderr, "cannot write the word list\n");
            return 1;
        }
    }
    const double importMs = t.nsecsElapsed() / 1e6;
    t.restart();
    WordDatabase words;
    if (!words.open(path))
        return 1;
    const double openMs = t.nsecsElapsed() / 1e6;

    // A million lookups: half words of the list, half not.
    t.restart();
    int known = 0;
    for (int i = 0; i < 1000000; ++i) {
        const bool chinese = i % 2 == 0;
        const QString &w = (i % 4 < 2) ? terms[i % terms.size()] : madeUpWord(rng, chinese);
        known += words.status(chinese ? QStringLiteral("zh") : QStringLiteral("en"), w) != WordStatus::New;
    }
    const double lookupNs = t.nsecsElapsed() / 1e6;

    // A page of text (~20,000 characters) cut into words and counted.
    QStringList page;
    for (int p = 0; p < 200; ++p) {
        QString para;
        for (int k = 0; k < 40; ++k)
            para += terms[(p * 40 + k) * 2 % terms.size()];
        page << para;
    }
    t.restart();
    const WordCounts c = countWords(page, QStringLiteral("zh"), dict.size() ? &dict : nullptr, words);
    const double countMs = t.nsecsElapsed() / 1e6;

    const QJsonObject o { { QStringLiteral("words"), words.size() },
                          { QStringLiteral("import_ms"), importMs },
                          { QStringLiteral("open_ms"), openMs },
                          { QStringLiteral("lookup_ns"), lookupNs }, // per lookup: ms for 1e6 = ns each
                          { QStringLiteral("found"), known },
                          { QStringLiteral("count_page_ms"), countMs },
                          { QStringLiteral("page_running_words"), c.running },
                          { QStringLiteral("peak_mb"), peakMb() } };
    printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
