// The TMX reader on arbitrary bytes.
#include "fuzzsupport.h"
#include "io/tmxreader.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    const ImportResult r = TmxReader().read(buffer, QStringLiteral("m.tmx"), {});
    fuzz::check(r.ok() || r.error.startsWith(QLatin1String("m.tmx")), "an error names the file");
    return 0;
}
