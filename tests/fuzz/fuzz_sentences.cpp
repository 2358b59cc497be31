// ICU sentence splitting (Chinese and English rules) on arbitrary UTF-16 text: ranges are
// ordered, do not overlap, and lie inside the text.
#include "fuzzsupport.h"
#include "text/sentencesplitter.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    static const SentenceSplitter zh(QStringLiteral("zh")), en(QStringLiteral("en"));
    const QString text = size % 2 ? QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size))
                                  : QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2));
    for (const SentenceSplitter *splitter : { &zh, &en }) {
        int previousEnd = 0;
        for (const TextRange &r : splitter->split(text)) {
            fuzz::check(r.start >= previousEnd && r.length > 0 && r.end() <= text.size(),
                        "ordered ranges inside the text");
            previousEnd = r.end();
        }
    }
    return 0;
}
