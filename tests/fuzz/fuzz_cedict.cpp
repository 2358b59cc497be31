// The CC-CEDICT reader on arbitrary bytes, then lookups in what it read.
#include "fuzzsupport.h"
#include "glossary/cedictreader.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    Dictionary dict;
    const CedictLoadResult r = readCedict(buffer, QStringLiteral("d.u8"), dict);
    fuzz::check(r.ok() || r.error.startsWith(QLatin1String("d.u8")), "an error names the file");
    for (int e = 0; e < dict.size(); ++e) {
        const DictEntry entry = dict.entry(e);
        fuzz::check(dict.contains(entry.simplified), "every headword is found");
        QList<int> found;
        const int longest = dict.longestMatch(entry.simplified, 0, &found);
        if (longest < entry.simplified.size())
            fprintf(stderr, "headword '%s' (%d UTF-16 units): longest match %d\n", qPrintable(entry.simplified),
                    int(entry.simplified.size()), longest);
        fuzz::check(longest >= entry.simplified.size(), "a headword matches itself at least");
    }
    return 0;
}
