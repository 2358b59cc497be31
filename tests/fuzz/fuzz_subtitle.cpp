// The SRT and WebVTT parser and the bilingual subtitle reader on arbitrary bytes.
#include "fuzzsupport.h"
#include "io/subtitlereader.h"
#include "io/subtitles.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    for (const Cue &c : parseSubtitles(QString::fromUtf8(in)))
        fuzz::check(c.startMs >= 0 && c.endMs >= c.startMs, "cue times in order");
    QBuffer buffer(&in);
    const ImportResult r = SubtitleReader().read(buffer, QStringLiteral("m.srt"), {});
    fuzz::check(r.ok() || r.error.startsWith(QLatin1String("m.srt")), "an error names the file");
    return 0;
}
