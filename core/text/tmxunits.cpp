#include "tmxunits.h"

#include "xmltext.h"

#include <QXmlStreamReader>

namespace bireader {

TmxUnits readTmxUnits(QXmlStreamReader &xml)
{
    TmxUnits tmx;
    QString lang;
    XmlNesting nesting;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!nesting.follow(xml))
            break;
        if (!xml.isStartElement())
            continue;
        const QStringView n = xml.name();
        if (n == QLatin1String("header")) {
            tmx.sourceLanguage = xml.attributes().value(QLatin1String("srclang")).toString();
        } else if (n == QLatin1String("tu")) {
            tmx.units.append(TmxUnit {});
        } else if (n == QLatin1String("tuv") && !tmx.units.isEmpty()) {
            lang = xml.attributes().value(QLatin1String("xml:lang")).toString();
            if (lang.isEmpty())
                lang = xml.attributes().value(QLatin1String("lang")).toString(); // TMX 1.1
        } else if (n == QLatin1String("seg") && !tmx.units.isEmpty()) {
            TmxVariant variant { lang, {}, {} };
            variant.text = readInlineWithCodes(xml, &variant.codes);
            nesting.left();
            tmx.units.back().variants.append(std::move(variant));
        } else if (n == QLatin1String("note") && !tmx.units.isEmpty()) {
            tmx.units.back().notes.append(readInlineText(xml));
            nesting.left();
        }
    }
    return tmx;
}

} // namespace bireader
