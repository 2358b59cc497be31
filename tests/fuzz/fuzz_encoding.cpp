// Encoding detection and decoding of arbitrary bytes, with and without a declared charset.
#include "fuzzsupport.h"
#include "text/encoding.h"

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray in = fuzz::bytes(data, size);
    const DecodedText d = decodeText(in, QStringLiteral("f.txt"));
    fuzz::check(d.ok() || d.error.startsWith(QLatin1String("f.txt")), "an error names the file");
    if (size > 2) // the first bytes as a declared charset name, as an HTML <meta> would give
        decodeTextDeclared(in.mid(2), QStringLiteral("f.html"),
                           in.left(2) == "gb" ? QByteArray("GB18030") : QByteArray("Big5"));
    return 0;
}
