#include "version.h"

#include "version_config.h"

namespace bireader {

QString versionString()
{
    return QStringLiteral(BIREADER_VERSION_STRING);
}

} // namespace bireader
