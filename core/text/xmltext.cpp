#include "xmltext.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace bireader {
namespace {

void raiseTooDeep(QXmlStreamReader &xml)
{
    xml.raiseError(
        QCoreApplication::translate("bireader::Xml", "elements nested deeper than %1 levels").arg(kMaxXmlNesting));
}

} // namespace

QString readInlineText(QXmlStreamReader &xml, const InlineElementReader &element)
{
    QString text;
    int depth = 1; // inside the element the reader is at
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (element && element(xml, text))
                break; // read to its end by `element`
            if (++depth > kMaxXmlNesting) {
                raiseTooDeep(xml);
                return text;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            text += xml.text();
            break;
        default:
            break;
        }
    }
    return text;
}

bool XmlNesting::follow(QXmlStreamReader &xml)
{
    if (xml.isStartElement() && ++m_depth > kMaxXmlNesting) {
        raiseTooDeep(xml);
        return false;
    }
    if (xml.isEndElement())
        --m_depth;
    return true;
}

QString xmlSafe(const QString &text)
{
    auto allowed = [](char32_t c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
            || (c >= 0x10000 && c <= 0x10FFFF);
    };
    QString out;
    qsizetype copied = 0; // text[0, copied) is in `out` when it is not null
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ++i; // a pair: an astral character, allowed
            continue;
        }
        if (allowed(c.unicode()) && !c.isSurrogate())
            continue;
        out += QStringView(text).mid(copied, i - copied);
        out += QChar(QChar::ReplacementCharacter);
        copied = i + 1;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace bireader
