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

QString readInlineText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1; // inside the element the reader is at
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
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

} // namespace bireader
