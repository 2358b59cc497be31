// The XLIFF file a project was imported from, written back: what the user changed goes
// in, everything else stays as it was (markup of untouched targets, alternatives, notes,
// other namespaces).
#include "exportwriters.h"
#include "text/inlinecodes.h"
#include "text/sentencesplitter.h"
#include "text/xliffmarkup.h"
#include "text/xmltext.h"

#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace bireader {

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

namespace {

// What the project says about each unit of the file (the reader numbers units from 0 in
// file order; a unit a segment was split from has several segments).
class UnitEdits
{
public:
    UnitEdits(const ProjectData &data, const SourceText &original)
        : m_segments(data.document.segments)
        , m_shapes(xliff::unitShapes(original.text))
        , m_splitter(data.document.targetLanguage)
    {
        for (qsizetype i = 0; i < m_segments.size(); ++i) {
            const Segment &s = m_segments[i];
            const Origin &o = s.target.origin.paragraph >= 0 ? s.target.origin : s.source.origin;
            if (o.paragraph >= 0 && QFileInfo(o.file).fileName() == QFileInfo(original.name).fileName())
                m_ofUnit[o.paragraph].append(int(i));
        }
    }

    bool corrected(int unit) const
    {
        for (int k : m_ofUnit.value(unit))
            if (m_segments[k].isCorrected())
                return true;
        return false;
    }
    // The unit's status: the least advanced of its segments.
    Segment status(int unit) const
    {
        Segment least;
        least.confirmed = m_ofUnit.contains(unit);
        for (int k : m_ofUnit.value(unit)) {
            least.confirmed = least.confirmed && m_segments[k].confirmed;
            if (m_segments[k].isCorrected())
                least.corrected = m_segments[k].corrected;
        }
        return least;
    }
    xliff::UnitShape shape(int unit) const { return m_shapes.value(unit); }
    bool touched(int unit) const
    {
        return m_ofUnit.contains(unit) && (corrected(unit) || status(unit).confirmed != m_shapes.value(unit).confirmed);
    }
    QString translation(int unit) const
    {
        QStringList parts;
        for (int k : m_ofUnit.value(unit))
            parts << m_segments[k].currentTarget().text;
        return parts.join(QLatin1Char(' '));
    }
    // The translation of a 2.0 unit's segment `index`: its sentence when the translation has
    // as many sentences as the unit has segments (segments are sentences, as a rule), else
    // all of it in the first segment.
    QString translation(int unit, int index) const
    {
        const QString whole = translation(unit);
        const int segments = m_shapes.value(unit).segments;
        if (segments > 1) {
            const QList<TextRange> sentences = m_splitter.split(whole);
            if (sentences.size() == segments)
                return whole.mid(sentences[index].start, sentences[index].length);
        }
        return index == 0 ? whole : QString();
    }

private:
    const QList<Segment> &m_segments;
    QList<xliff::UnitShape> m_shapes;
    SentenceSplitter m_splitter;
    QHash<int, QList<int>> m_ofUnit;
};

} // namespace

Result<QByteArray> writeBackXliff(const ProjectData &data, const SourceText &original)
{
    const UnitEdits edits(data, original);
    QXmlStreamReader in(original.text);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    QList<QString> open; // the elements around the reader, innermost last
    int unit = -1, segmentIndex = 0; // the unit, and in 2.0 its segment
    bool is20 = false, touched = false, corrected = false, targetWritten = false, pendingTarget = false;
    auto copyStart = [&](auto keep, const QList<QXmlStreamAttribute> &extra) {
        for (const QXmlStreamNamespaceDeclaration &d : in.namespaceDeclarations()) { // as declared
            if (d.prefix().isEmpty())
                xml.writeDefaultNamespace(d.namespaceUri().toString());
            else
                xml.writeNamespace(d.namespaceUri().toString(), d.prefix().toString());
        }
        xml.writeStartElement(in.namespaceUri().toString(), in.name().toString());
        for (const QXmlStreamAttribute &a : in.attributes())
            if (keep(a.name()))
                xml.writeAttribute(a);
        for (const QXmlStreamAttribute &a : extra)
            xml.writeAttribute(a);
    };
    // The unit's own target, new or replacing the old one: its content when corrected.
    auto writeTarget = [&](const QString &namespaceUri, const QXmlStreamAttributes &attributes, bool withContent) {
        xml.writeStartElement(namespaceUri, QStringLiteral("target"));
        for (const QXmlStreamAttribute &a : attributes)
            if (is20
                || (a.name() != QLatin1String("state") && !(corrected && a.name() == QLatin1String("state-qualifier"))))
                xml.writeAttribute(a);
        if (!is20)
            xml.writeAttribute(QStringLiteral("state"), xliffState12(edits.status(unit)));
        targetWritten = true;
        if (!withContent)
            return;
        // Inline codes the translation keeps (⟨1⟩) go back as the elements they were.
        const xliff::UnitShape shape = edits.shape(unit);
        writeInlineWithCodes(xml, is20 ? edits.translation(unit, segmentIndex) : edits.translation(unit),
                             shape.targetCodes, shape.sourceCodes);
        xml.writeEndElement();
    };
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartDocument()) {
            const QString version = in.documentVersion().toString();
            xml.writeStartDocument(version.isEmpty() ? QStringLiteral("1.0") : version);
            continue;
        }
        const QStringView n = in.name();
        const bool start = in.isStartElement(), end = in.isEndElement();
        const QStringView parent
            = open.size() > (end ? 1 : 0) ? QStringView(open[open.size() - (end ? 2 : 1)]) : QStringView();
        if (end && !open.isEmpty())
            open.removeLast();
        if (start) {
            open.append(n.toString());
            if (n == QLatin1String("xliff"))
                is20 = in.attributes().value(QLatin1String("version")).startsWith(QLatin1String("2"));
            if (xliff::isUnit(n)) {
                ++unit;
                touched = edits.touched(unit);
                corrected = touched && edits.corrected(unit);
                targetWritten = pendingTarget = false;
                segmentIndex = 0;
            }
        }
        const bool ownChild = xliff::isOwnText(parent);
        const bool ownTarget // not an <ignorable>'s
            = n == QLatin1String("target")
            && (parent == QLatin1String("trans-unit") || parent == QLatin1String("segment"));
        if (touched && pendingTarget && (start || end) && !(start && ownTarget)) {
            if (start && ownChild && n == QLatin1String("seg-source")) {
                pendingTarget = false; // the target comes after it
            } else {
                writeTarget(in.namespaceUri().toString(), {}, true); // the unit had none
                pendingTarget = false;
            }
        }
        if (touched && start && xliff::isUnit(n) && !is20) {
            const bool confirmed = edits.status(unit).confirmed;
            copyStart([](QStringView a) { return a != QLatin1String("approved"); },
                      confirmed ? QList<QXmlStreamAttribute> { { QStringLiteral("approved"), QStringLiteral("yes") } }
                                : QList<QXmlStreamAttribute> {});
            continue;
        }
        if (touched && start && n == QLatin1String("segment") && is20) {
            copyStart([](QStringView a) { return a != QLatin1String("state"); },
                      { { QStringLiteral("state"), xliffState20(edits.status(unit)) } });
            targetWritten = false;
            continue;
        }
        if (touched && start && ownTarget) {
            pendingTarget = false;
            writeTarget(in.namespaceUri().toString(), in.attributes(), corrected);
            if (corrected) {
                in.skipCurrentElement(); // its old content
                open.removeLast();
            }
            continue;
        }
        if (touched && end && ownChild && !is20 && !targetWritten
            && (n == QLatin1String("source") || n == QLatin1String("seg-source")))
            pendingTarget = true;
        if (touched && is20 && end && n == QLatin1String("segment")) {
            if (!targetWritten)
                writeTarget(in.namespaceUri().toString(), {}, true);
            ++segmentIndex;
        }
        if (end && xliff::isUnit(n))
            touched = false;
        if (start)
            copyStart([](QStringView) { return true; }, {});
        else
            xml.writeCurrentToken(in);
    }
    if (in.hasError())
        return Error {
            QStringLiteral("%1: line %2: %3").arg(original.name).arg(in.lineNumber()).arg(in.errorString())
        };
    return out;
}

} // namespace bireader
