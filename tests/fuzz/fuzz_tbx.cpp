// The TBX glossary reader (both dialects, entity limits) on arbitrary bytes.
#include "fuzzsupport.h"
#include "glossary/glossaryformats.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    const GlossaryReadResult r = readGlossary(buffer, QStringLiteral("g.tbx"), GlossaryFormat::Tbx);
    fuzz::check(r.ok() || r.error.startsWith(QLatin1String("g.tbx")), "an error names the file");
    if (r.ok()) { // what was read writes and reads back
        QByteArray written = writeGlossary(r.glossary, GlossaryFormat::Tbx);
        QBuffer again(&written);
        fuzz::check(readGlossary(again, QStringLiteral("w.tbx"), GlossaryFormat::Tbx).ok()
                        || r.glossary.entries.isEmpty(),
                    "written TBX reads back");
    }
    return 0;
}
