// XLIFF out: a new file (1.2 or 2.0) from any project, or the XLIFF file a project was
// imported from with its corrected targets written back.
#include "exportwriters.h"

#include "version_config.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace bireader {
namespace {

// The state a segment's target has in XLIFF 1.2 and in 2.0.
QString state12(const Segment &s)
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

QString state20(const Segment &s)
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
    xml.writeAttribute(QStringLiteral("original"), fileName(data));
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
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (!exported(s, confirmedOnly))
            continue;
        xml.writeStartElement(QStringLiteral("trans-unit"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(i + 1));
        if (s.confirmed)
            xml.writeAttribute(QStringLiteral("approved"), QStringLiteral("yes"));
        xml.writeTextElement(QStringLiteral("source"), s.source.text);
        xml.writeStartElement(QStringLiteral("target"));
        xml.writeAttribute(QStringLiteral("state"), state12(s));
        xml.writeCharacters(s.currentTarget().text);
        xml.writeEndElement();
        for (const Highlight &h : highlightsOf(data, int(i)))
            if (!h.note.isEmpty())
                xml.writeTextElement(QStringLiteral("note"), h.note);
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
    xml.writeAttribute(QStringLiteral("original"), fileName(data));
    const QList<Segment> &segments = data.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        if (!exported(s, confirmedOnly))
            continue;
        xml.writeStartElement(QStringLiteral("unit"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("u%1").arg(i + 1));
        QStringList notes;
        for (const Highlight &h : highlightsOf(data, int(i)))
            if (!h.note.isEmpty())
                notes << h.note;
        if (!notes.isEmpty()) { // notes come before the segments in 2.0
            xml.writeStartElement(QStringLiteral("notes"));
            for (const QString &n : std::as_const(notes))
                xml.writeTextElement(QStringLiteral("note"), n);
            xml.writeEndElement();
        }
        xml.writeStartElement(QStringLiteral("segment"));
        xml.writeAttribute(QStringLiteral("state"), state20(s));
        xml.writeTextElement(QStringLiteral("source"), s.source.text);
        xml.writeTextElement(QStringLiteral("target"), s.currentTarget().text);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndDocument();
    return out;
}

const SourceText *importedXliff(const ProjectData &data)
{
    for (const SourceText &s : data.sources) {
        const QString suffix = QFileInfo(s.name).suffix().toLower();
        if (suffix == QLatin1String("xlf") || suffix == QLatin1String("xliff") || suffix == QLatin1String("sdlxliff")
            || suffix == QLatin1String("mxliff"))
            return &s;
    }
    return nullptr;
}

Result<QByteArray> writeBackXliff(const ProjectData &data, const SourceText &original)
{
    // Which segments came from which unit (the reader numbers units from 0 in file order).
    // A unit a segment was split from gets the parts' translations joined.
    QHash<int, QList<int>> segmentsOfUnit;
    const QList<Segment> &segments = data.document.segments;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Origin &o = segments[i].target.origin.paragraph >= 0 ? segments[i].target.origin : segments[i].source.origin;
        if (o.paragraph >= 0 && QFileInfo(o.file).fileName() == QFileInfo(original.name).fileName())
            segmentsOfUnit[o.paragraph].append(int(i));
    }
    auto touched = [&](int unit) {
        for (int k : segmentsOfUnit.value(unit))
            if (segments[k].isCorrected() || segments[k].confirmed)
                return true;
        return false;
    };
    auto translationOf = [&](int unit) {
        QStringList parts;
        for (int k : segmentsOfUnit.value(unit))
            parts << segments[k].currentTarget().text;
        return parts.join(QLatin1Char(' '));
    };
    auto statusOf = [&](int unit) { // the least advanced of its segments
        Segment least;
        least.confirmed = true;
        for (int k : segmentsOfUnit.value(unit)) {
            least.confirmed = least.confirmed && segments[k].confirmed;
            if (segments[k].isCorrected())
                least.corrected = segments[k].corrected;
        }
        return least;
    };

    QXmlStreamReader in(original.text);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    int unit = -1;
    bool is20 = false, inTouched = false, targetWritten = false, pendingTarget = false, firstSegment = true;
    auto writeTarget = [&](const QXmlStreamAttributes &attributes) {
        xml.writeStartElement(in.namespaceUri().toString(), QStringLiteral("target"));
        for (const QXmlStreamAttribute &a : attributes)
            if (is20 || a.name() != QLatin1String("state"))
                xml.writeAttribute(a);
        if (!is20)
            xml.writeAttribute(QStringLiteral("state"), state12(statusOf(unit)));
        xml.writeCharacters(firstSegment ? translationOf(unit) : QString());
        xml.writeEndElement();
        targetWritten = true;
    };
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartDocument()) {
            xml.writeStartDocument(in.documentVersion().toString().isEmpty() ? QStringLiteral("1.0")
                                                                              : in.documentVersion().toString());
            continue;
        }
        const QStringView n = in.name();
        if (in.isStartElement() && n == QLatin1String("xliff"))
            is20 = in.attributes().value(QLatin1String("version")).startsWith(QLatin1String("2"));
        if (in.isStartElement() && (n == QLatin1String("trans-unit") || n == QLatin1String("unit"))) {
            ++unit;
            inTouched = touched(unit);
            targetWritten = pendingTarget = false;
            firstSegment = true;
        }
        if (inTouched && pendingTarget && !is20 && (in.isStartElement() || in.isEndElement())
            && !(in.isStartElement() && n == QLatin1String("target"))) {
            writeTarget({}); // the unit had no target: one after its source
            pendingTarget = false;
        }
        if (inTouched && in.isStartElement() && n == QLatin1String("segment") && is20) {
            xml.writeStartElement(in.namespaceUri().toString(), QStringLiteral("segment"));
            for (const QXmlStreamAttribute &a : in.attributes())
                if (a.name() != QLatin1String("state"))
                    xml.writeAttribute(a);
            xml.writeAttribute(QStringLiteral("state"), state20(statusOf(unit)));
            targetWritten = false;
            continue;
        }
        if (inTouched && in.isStartElement() && n == QLatin1String("target")) {
            pendingTarget = false;
            writeTarget(in.attributes());
            in.skipCurrentElement(); // its old content
            continue;
        }
        if (inTouched && in.isEndElement() && n == QLatin1String("source") && !targetWritten)
            pendingTarget = !is20;
        if (inTouched && is20 && in.isEndElement() && n == QLatin1String("segment")) {
            if (!targetWritten)
                writeTarget({});
            firstSegment = false;
        }
        if (in.isEndElement() && (n == QLatin1String("trans-unit") || n == QLatin1String("unit")))
            inTouched = false;
        if (in.isStartElement()) { // namespaces as declared (writeCurrentToken would invent prefixes)
            for (const QXmlStreamNamespaceDeclaration &d : in.namespaceDeclarations()) {
                if (d.prefix().isEmpty())
                    xml.writeDefaultNamespace(d.namespaceUri().toString());
                else
                    xml.writeNamespace(d.namespaceUri().toString(), d.prefix().toString());
            }
            xml.writeStartElement(in.namespaceUri().toString(), in.name().toString());
            for (const QXmlStreamAttribute &a : in.attributes())
                xml.writeAttribute(a);
        } else {
            xml.writeCurrentToken(in);
        }
    }
    if (in.hasError())
        return Error { QStringLiteral("%1: line %2: %3").arg(original.name).arg(in.lineNumber()).arg(in.errorString()) };
    return out;
}

} // namespace bireader
