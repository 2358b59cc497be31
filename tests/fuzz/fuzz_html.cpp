// The HTML reader on arbitrary bytes: charset, libxml2's parser, article extraction and
// Immersive Translate's markers, then pairing.
#include "fuzzsupport.h"
#include "io/htmlreader.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    const ImportResult r = HtmlReader().read(buffer, QStringLiteral("m.html"), {});
    fuzz::check(r.ok() || r.error.startsWith(QLatin1String("m.html")), "an error names the file");
    for (const Segment &s : r.document.segments)
        for (const Bead &b : s.beads)
            fuzz::check(b.sourceEnd() <= s.source.sentences.size() && b.targetEnd() <= s.target.sentences.size(),
                        "beads inside their segment");
    return 0;
}
