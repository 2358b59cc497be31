#pragma once

#include <QString>

namespace bireader {

QString versionString();

} // namespace bireader
