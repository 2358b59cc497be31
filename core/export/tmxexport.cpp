#include "exportwriters.h"
#include "text/xmltext.h"
#include "version_config.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace bireader {

QByteArray exportTmx(const ProjectData &data, bool confirmedOnly)
{
    const Document &d = data.document;
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"));
    xml.writeStartElement(QStringLiteral("tmx"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.4"));
    xml.writeStartElement(QStringLiteral("header"));
    xml.writeAttribute(QStringLiteral("creationtool"), QStringLiteral("Bireader"));
    xml.writeAttribute(QStringLiteral("creationtoolversion"), QStringLiteral(BIREADER_VERSION_STRING));
    xml.writeAttribute(QStringLiteral("segtype"), QStringLiteral("paragraph"));
    xml.writeAttribute(QStringLiteral("o-tmf"), QStringLiteral("Bireader"));
    xml.writeAttribute(QStringLiteral("adminlang"), QStringLiteral("en"));
    xml.writeAttribute(QStringLiteral("srclang"), d.sourceLanguage);
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeAttribute(QStringLiteral("creationdate"),
                       QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmssZ")));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    const QList<QList<Highlight>> highlights = highlightsBySegment(data);
    for (qsizetype i = 0; i < d.segments.size(); ++i) {
        const Segment &s = d.segments[i];
        if (s.excluded || s.source.isEmpty() || s.currentTarget().isEmpty() || (confirmedOnly && !s.confirmed))
            continue;
        xml.writeStartElement(QStringLiteral("tu"));
        xml.writeAttribute(QStringLiteral("tuid"), QString::number(i + 1));
        for (const Highlight &h : highlights[i])
            if (!h.note.isEmpty())
                xml.writeTextElement(QStringLiteral("note"), xmlSafe(h.note));
        if (s.isCorrected()) {
            xml.writeStartElement(QStringLiteral("prop"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("x-bireader-corrected"));
            xml.writeCharacters(QStringLiteral("yes"));
            xml.writeEndElement();
        }
        if (s.confirmed) {
            xml.writeStartElement(QStringLiteral("prop"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("x-bireader-confirmed"));
            xml.writeCharacters(QStringLiteral("yes"));
            xml.writeEndElement();
        }
        for (const auto &[lang, text] : { std::pair { d.sourceLanguage, s.source.text },
                                          std::pair { d.targetLanguage, s.currentTarget().text } }) {
            xml.writeStartElement(QStringLiteral("tuv"));
            xml.writeAttribute(QStringLiteral("xml:lang"), lang);
            xml.writeTextElement(QStringLiteral("seg"), xmlSafe(text));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

} // namespace bireader
