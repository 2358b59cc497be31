#include "textsource.h"

#include <QCoreApplication>
#include <QStringList>

namespace bireader {

DecodedText readText(QIODevice &device, const QString &name)
{
    if (const QString e = openForReading(device, name); !e.isEmpty()) {
        DecodedText d;
        d.error = e;
        return d;
    }
    if (!device.isSequential() && device.size() > kMaxTextFileBytes) {
        DecodedText d;
        d.error = QCoreApplication::translate("bireader::Import", "%1: the file is larger than the limit of %2 MB")
                      .arg(name)
                      .arg(kMaxTextFileBytes >> 20);
        return d;
    }
    return decodeText(readAtMost(device, kMaxTextFileBytes), name);
}

bool isCjkLanguage(const QString &language)
{
    const QString base = language.section(QLatin1Char('-'), 0, 0).toLower();
    return base == QLatin1String("zh") || base == QLatin1String("ja") || base == QLatin1String("th");
}

QString joinUnits(const QStringList &units, const QString &language)
{
    return units.join(isCjkLanguage(language) ? QString() : QStringLiteral(" "));
}

} // namespace bireader
