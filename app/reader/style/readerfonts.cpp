#include "readerfonts.h"

#include "settings.h"

#include <QApplication>
#include <QFontDatabase>

namespace bireader::reader {
namespace {

QStringList cjkFallbacks(const QString &language)
{
    if (language.startsWith(QLatin1String("ja")))
        return { QStringLiteral("Noto Serif CJK JP"), QStringLiteral("Noto Sans CJK JP") };
    if (language.startsWith(QLatin1String("ko")))
        return { QStringLiteral("Noto Serif CJK KR"), QStringLiteral("Noto Sans CJK KR") };
    if (language == QLatin1String("zh-Hant") || language == QLatin1String("zh-TW")
        || language == QLatin1String("zh-HK"))
        return { QStringLiteral("Noto Serif CJK TC"), QStringLiteral("Noto Sans CJK TC") };
    return { QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC") };
}

} // namespace

QFont fontForLanguage(const QString &language)
{
    QFont font = QApplication::font();
    if (const QString saved = Settings::instance().fontFor(language); !saved.isEmpty() && font.fromString(saved))
        return font;
    QStringList families;
    const QStringList cjk = cjkFallbacks(language);
    const bool isCjk = language.startsWith(QLatin1String("zh")) || language.startsWith(QLatin1String("ja"))
        || language.startsWith(QLatin1String("ko"));
    if (isCjk)
        families << cjk;
    families << QStringLiteral("Noto Serif") << QStringLiteral("DejaVu Serif") << QStringLiteral("Liberation Serif");
    if (!isCjk)
        families << cjk; // CJK quoted inside the text
    QStringList present;
    for (const QString &f : std::as_const(families))
        if (QFontDatabase::hasFamily(f))
            present << f;
    present << font.family();
    font.setFamilies(present);
    font.setPointSizeF(std::max(11.0, QApplication::font().pointSizeF() * 1.25));
    return font;
}

void setFontForLanguage(const QString &language, const QFont &font)
{
    Settings::instance().setFontFor(language, font.toString());
}

} // namespace bireader::reader
