// The XLIFF reader (1.2 and 2.0) on arbitrary bytes.
#include "fuzzsupport.h"
#include "io/xliffreader.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    QBuffer buffer(&in);
    const ImportResult r = XliffReader().read(buffer, QStringLiteral("m.xlf"), {});
    fuzz::check(r.ok() || r.error.startsWith(QLatin1String("m.xlf")), "an error names the file");
    return 0;
}
