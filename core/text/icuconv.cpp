#include "icuconv.h"

#include <unicode/normalizer2.h>

namespace bireader {

QString nfkc(const QString &s)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *n = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status))
        return s;
    icu::UnicodeString out = n->normalize(icuAlias(s), status);
    return U_SUCCESS(status) ? fromIcu(out) : s;
}

} // namespace bireader
