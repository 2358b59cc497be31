// The learner's word list on arbitrary bytes: as the word list file (--words FILE) it is
// opened only when it is one, and a refused file is left byte for byte as it was; as a CSV
// of words to import it reads or says why, and what it reads writes and reads back the same.
#include "fuzzsupport.h"
#include "study/worddatabase.h"
#include "study/wordlistcsv.h"
#include "text/xmltext.h"

#include <QFile>
#include <QTemporaryDir>

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    static QTemporaryDir dir;
    const QByteArray in = fuzz::bytes(data, size);
    const QString path = dir.filePath(QStringLiteral("words.sqlite"));
    for (const char *suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(in);
    }
    {
        WordDatabase words;
        const Result<> opened = words.open(path);
        words.close();
        if (!opened) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            fuzz::check(f.readAll() == in, "a refused word list is not changed");
            fuzz::check(opened.error().startsWith(path), "the error names the file");
        }
    }
    const QString csv = dir.filePath(QStringLiteral("words.csv"));
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(in);
    }
    const Result<QList<WordRecord>> list = readWordList(csv, QStringLiteral("zh"));
    if (!list)
        return 0;
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(writeWordList(list.value()));
    }
    const Result<QList<WordRecord>> again = readWordList(csv, QStringLiteral("zh"));
    if (!again)
        fprintf(stderr, "%s\n", qPrintable(again.error()));
    fuzz::check(bool(again), "a written word list reads back");
    fuzz::check(again.value().size() == list.value().size(), "as many words read back");
    for (qsizetype i = 0; i < list.value().size(); ++i)
        fuzz::check(again.value()[i].term == xmlSafe(list.value()[i].term).trimmed()
                        && again.value()[i].status == list.value()[i].status,
                    "each word and its status read back");
    return 0;
}
