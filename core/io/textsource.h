#pragma once

#include "text/encoding.h"

#include <QIODevice>
#include <QString>

namespace bireader {

// Reads all of a device (at most kMaxTextFileBytes) and decodes it; errors name `name`.
DecodedText readText(QIODevice &device, const QString &name);

// Joins units of one language: with a space for alphabetic scripts, directly for CJK.
QString joinUnits(const QStringList &units, const QString &language);

bool isCjkLanguage(const QString &language);

} // namespace bireader
