// The interleaved bilingual page parser on arbitrary text: a document or a clear error.
#include "fuzzsupport.h"
#include "io/interleavedreader.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    const ImportResult r = InterleavedReader().read(buffer, QStringLiteral("page.txt"), {});
    fuzz::check(r.ok() != !r.error.isEmpty() || r.canceled, "ok or an error");
    for (const Segment &s : r.document.segments)
        for (const SideText *side : { &s.source, &s.target })
            for (const TextRange &t : side->sentences)
                fuzz::check(t.start >= 0 && t.length >= 0 && t.end() <= side->text.size(), "sentence inside its text");
    return 0;
}
