#pragma once

#include <QFont>
#include <QString>

namespace bireader::reader {

// The reading font for a language: the user's choice (settings "fonts/<language>"), else a
// serif text face with the Noto CJK face of that language as fallback, so Chinese,
// Japanese and Korean take their own glyph forms.
QFont fontForLanguage(const QString &language);
void setFontForLanguage(const QString &language, const QFont &font);

} // namespace bireader::reader
