// The EPUB reader on arbitrary bytes: libzip's archive, the container and package
// files, the spine, and each chapter's decoding and HTML.
#include "fuzzsupport.h"
#include "io/epubreader.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    const ImportResult r = EpubReader().read(buffer, QStringLiteral("m.epub"), {});
    fuzz::check(r.ok() || r.error.startsWith(QLatin1String("m.epub")), "an error names the file");
    return 0;
}
