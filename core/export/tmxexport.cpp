#include "exportwriters.h"
#include "text/inlinecodes.h"
#include "text/script.h"
#include "text/tmxunits.h"
#include "text/xmltext.h"
#include "version_config.h"

#include <QDateTime>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <tuple>

namespace bireader {
namespace {

// The TMX file the project was imported from (kept in the project): its units' inline codes.
struct OriginalTmx {
    QString name;
    TmxUnits tmx;
};

OriginalTmx originalTmx(const ProjectData &data)
{
    for (const SourceText &source : data.sources)
        if (QFileInfo(source.name).suffix().compare(QLatin1String("tmx"), Qt::CaseInsensitive) == 0) {
            QXmlStreamReader xml(source.text);
            return { source.name, readTmxUnits(xml) };
        }
    return {};
}

// The codes of the unit a side came from, in its language (by primary subtag).
InlineCodes codesOf(const OriginalTmx &tmx, const Origin &origin, const QString &language)
{
    if (origin.paragraph < 0 || origin.paragraph >= tmx.tmx.units.size()
        || QFileInfo(origin.file).fileName() != QFileInfo(tmx.name).fileName())
        return {};
    for (const TmxVariant &v : tmx.tmx.units[origin.paragraph].variants)
        if (primaryLanguage(v.language) == primaryLanguage(language))
            return v.codes;
    return {};
}

} // namespace

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
    const OriginalTmx original = originalTmx(data);
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
        // Inline codes (⟨1⟩) go back as the elements of the TMX the project came from.
        const InlineCodes sourceCodes = codesOf(original, s.source.origin, d.sourceLanguage);
        const InlineCodes targetCodes = codesOf(original, s.target.origin, d.targetLanguage);
        for (const auto &[lang, text, codes, fallback] :
             { std::tuple { d.sourceLanguage, s.source.text, sourceCodes, targetCodes },
               std::tuple { d.targetLanguage, s.currentTarget().text, targetCodes, sourceCodes } }) {
            xml.writeStartElement(QStringLiteral("tuv"));
            xml.writeAttribute(QStringLiteral("xml:lang"), lang);
            xml.writeStartElement(QStringLiteral("seg"));
            writeInlineWithCodes(xml, text, codes, fallback);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

} // namespace bireader
