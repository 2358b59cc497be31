// XLIFF out: a new file (1.2 or 2.0) from any project, or the XLIFF file a project was
// imported from with its corrected targets written back.
#include "exportwriters.h"
#include "text/xmltext.h"

#include "version_config.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace bireader {
namespace {

} // namespace

QString xliffState12(const Segment &s)
{
    switch (s.status()) {
    case SegmentStatus::Confirmed:
        return QStringLiteral("signed-off");
    case SegmentStatus::Draft:
        return QStringLiteral("translated");
    case SegmentStatus::MachineTranslation:
        break;
    }
    return QStringLiteral("needs-review-translation");
}

QString xliffState20(const Segment &s)
{
    switch (s.status()) {
    case SegmentStatus::Confirmed:
        return QStringLiteral("reviewed");
    case SegmentStatus::Draft:
        return QStringLiteral("translated");
    case SegmentStatus::MachineTranslation:
        break;
    }
    return QStringLiteral("initial");
}

namespace {

bool exported(const Segment &s, bool confirmedOnly)
{
    return !s.excluded && !s.source.isEmpty() && (!confirmedOnly || s.confirmed);
}

QString fileName(const ProjectData &data)
{
    return data.sources.isEmpty() ? documentTitle(data) : data.sources.front().name;
}

} // namespace

QByteArray exportXliff12(const ProjectData &data, bool confirmedOnly)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("xliff"));
    xml.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:xliff:document:1.2"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("original"), xmlSafe(fileName(data)));
    xml.writeAttribute(QStringLiteral("source-language"), data.document.sourceLanguage);
    xml.writeAttribute(QStringLiteral("target-language"), data.document.targetLanguage);
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeAttribute(QStringLiteral("tool-id"), QStringLiteral("bireader"));
    xml.writeStartElement(QStringLiteral("header"));
    xml.writeStartElement(QStringLiteral("tool"));
    xml.writeAttribute(QStringLiteral("tool-id"), QStringLiteral("bireader"));
    xml.writeAttribute(QStringLiteral("tool-name"), QStringLiteral("Bireader"));
    xml.writeAttribute(QStringLiteral("tool-version"), QStringLiteral(BIREADER_VERSION_STRING));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));
    const QList<Segment> &segments = data.document.segments;
    const QList<QList<Highlight>> highlights = highlightsBySegment(data);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (!exported(s, confirmedOnly))
            continue;
        xml.writeStartElement(QStringLiteral("trans-unit"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(i + 1));
        if (s.confirmed)
            xml.writeAttribute(QStringLiteral("approved"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), xmlSafe(s.source.text));
        xml.writeStartElement(QStringLiteral("target"));
        xml.writeAttribute(QStringLiteral("state"), xliffState12(s));
        xml.writeCharacters(xmlSafe(s.currentTarget().text));
        xml.writeEndElement();
        for (const Highlight &h : highlights[i])
            if (!h.note.isEmpty())
                xml.writeTextElement(QStringLiteral("note"), xmlSafe(h.note));
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

QByteArray exportXliff20(const ProjectData &data, bool confirmedOnly)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("xliff"));
    xml.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:xliff:document:2.0"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeAttribute(QStringLiteral("srcLang"), data.document.sourceLanguage);
    xml.writeAttribute(QStringLiteral("trgLang"), data.document.targetLanguage);
    xml.writeStartElement(QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("f1"));
    xml.writeAttribute(QStringLiteral("original"), xmlSafe(fileName(data)));
    const QList<Segment> &segments = data.document.segments;
    const QList<QList<Highlight>> highlights = highlightsBySegment(data);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (!exported(s, confirmedOnly))
            continue;
        xml.writeStartElement(QStringLiteral("unit"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("u%1").arg(i + 1));
        QStringList notes;
        for (const Highlight &h : highlights[i])
            if (!h.note.isEmpty())
                notes << h.note;
        if (!notes.isEmpty()) { // notes come before the segments in 2.0
            xml.writeStartElement(QStringLiteral("notes"));
            for (const QString &n : std::as_const(notes))
                xml.writeTextElement(QStringLiteral("note"), xmlSafe(n));
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("segment"));
        xml.writeAttribute(QStringLiteral("state"), xliffState20(s));
        xml.writeTextElement(QStringLiteral("source"), xmlSafe(s.source.text));
        xml.writeTextElement(QStringLiteral("target"), xmlSafe(s.currentTarget().text));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

} // namespace bireader
