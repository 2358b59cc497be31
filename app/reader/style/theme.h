#pragma once

#include <QString>

namespace bireader::reader {

// Light and dark: "system" keeps the platform's palette (the desktop's dark mode included);
// "light" and "dark" set a Fusion palette of that kind.
enum class Theme { System, Light, Dark };

void applyTheme(Theme theme);
Theme themeFromName(const QString &name);
QString themeName(Theme theme);

} // namespace bireader::reader
