#include "xliffreader.h"

#include "segmentbuilder.h"
#include "text/encoding.h"
#include "text/xliffmarkup.h"
#include "text/xmltext.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace bireader {
namespace {

struct Unit {
    QString source, target;
    QStringList notes;
    bool confirmed = false;
};

} // namespace

ImportResult XliffReader::read(QIODevice &device, const QString &name, const ImportOptions &options) const
{
    ImportResult result;
    result.error = openForReading(device, name);
    if (!result.error.isEmpty())
        return result;
    QXmlStreamReader xml(&device);
    QString sourceLanguage, targetLanguage;
    QList<Unit> units;
    bool inUnit = false;
    QList<QString> open; // the elements around the reader, innermost last
    xliff::UnitStatus status;
    XmlNesting nesting;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!nesting.follow(xml))
            break;
        if (xml.isEndElement() && !open.isEmpty()) {
            open.removeLast();
            if (xliff::isUnit(xml.name())) {
                units.back().confirmed = status.confirmed();
                inUnit = false;
            }
        }
        if (!xml.isStartElement())
            continue;
        const QStringView n = xml.name();
        const QStringView parent = open.isEmpty() ? QStringView() : QStringView(open.back());
        const QXmlStreamAttributes a = xml.attributes();
        if (xliff::isUnit(n)) {
            units.append(Unit {});
            inUnit = true;
        }
        if (inUnit)
            status.see(xml, parent);
        if (n == QLatin1String("xliff")) { // 2.0
            sourceLanguage = a.value(QLatin1String("srcLang")).toString();
            targetLanguage = a.value(QLatin1String("trgLang")).toString();
        } else if (n == QLatin1String("file") && a.hasAttribute(QLatin1String("source-language"))) { // 1.2
            sourceLanguage = a.value(QLatin1String("source-language")).toString();
            targetLanguage = a.value(QLatin1String("target-language")).toString();
        } else if (inUnit && (n == QLatin1String("source") || n == QLatin1String("target"))
                   && xliff::isOwnText(parent)) {
            QString &side = n == QLatin1String("source") ? units.back().source : units.back().target;
            const QString text = readInlineText(xml);
            nesting.left();
            side += side.isEmpty() ? text : QLatin1Char(' ') + text; // 2.0: several segments per unit
            continue; // read to its end
        } else if (inUnit && n == QLatin1String("note") && parent != QLatin1String("alt-trans")) {
            units.back().notes.append(readInlineText(xml));
            nesting.left();
            continue;
        }
        open.append(n.toString());
    }
    if (xml.hasError()) {
        result.error = QCoreApplication::translate("bireader::XliffReader", "%1: not valid XLIFF (line %2: %3)")
                           .arg(name)
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
        return result;
    }
    if (units.isEmpty()) {
        result.error
            = QCoreApplication::translate("bireader::XliffReader", "%1: no translation units found (is it XLIFF?)")
                  .arg(name);
        return result;
    }
    Document &doc = result.document;
    doc.sourceLanguage = options.sourceLanguage.isEmpty() ? sourceLanguage : options.sourceLanguage;
    doc.targetLanguage = options.targetLanguage.isEmpty() ? targetLanguage : options.targetLanguage;
    SegmentBuilder builder(doc.sourceLanguage, doc.targetLanguage, options.dictionary);
    for (const Unit &u : units) {
        Segment seg;
        const Origin origin { name, int(doc.segments.size()) };
        seg.source = builder.side(Side::Source, u.source.trimmed(), origin);
        seg.target = builder.side(Side::Target, u.target.trimmed(), origin);
        seg.confirmed = u.confirmed && !seg.target.isEmpty();
        if (!u.notes.isEmpty())
            result.notes.insert(int(doc.segments.size()), u.notes.join(QLatin1Char('\n')));
        doc.segments.append(std::move(seg));
    }
    builder.aligner().setCancelCheck(options.isCanceled);
    result.canceled = !builder.alignSentences(doc.segments);
    return result;
}

} // namespace bireader
