#include "xliffreader.h"

#include "segmentbuilder.h"
#include "text/encoding.h"
#include "text/inlinecodes.h"
#include "text/script.h"
#include "text/xliffmarkup.h"
#include "text/xmltext.h"
#include "textsource.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace bireader {
namespace {

struct Unit {
    QStringList source, target; // a 2.0 unit's segments, in order (ignorables are spacing)
    QStringList notes;
    bool confirmed = false;
    bool reversed = false; // its <file> goes the other way from the first one
    bool ownSpacing = false; // an <ignorable> gave the spacing between segments
    int sourceNumbers = 0, targetNumbers = 0; // inline-code tokens numbered so far
};

// A unit's side: its segments joined as the language writes sentences (no space between
// Chinese or Japanese ones), or with the spacing the file's <ignorable>s give.
QString joined(const QStringList &parts, bool ownSpacing, const QString &language)
{
    if (ownSpacing)
        return parts.join(QString());
    return joinUnits(parts, language);
}

} // namespace

ImportResult XliffReader::read(QIODevice &device, const QString &name, const ImportOptions &options) const
{
    ImportResult result;
    result.error = openForReading(device, name);
    if (!result.error.isEmpty())
        return result;
    QXmlStreamReader xml(&device);
    QString sourceLanguage, targetLanguage;
    bool fileReversed = false;
    int reversedFiles = 0;
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
            const QString from = a.value(QLatin1String("source-language")).toString();
            const QString to = a.value(QLatin1String("target-language")).toString();
            if (sourceLanguage.isEmpty()) {
                sourceLanguage = from;
                targetLanguage = to;
            }
            fileReversed = !to.isEmpty() && primaryLanguage(from) == primaryLanguage(targetLanguage)
                && primaryLanguage(to) == primaryLanguage(sourceLanguage)
                && primaryLanguage(from) != primaryLanguage(to);
            reversedFiles += fileReversed ? 1 : 0;
        } else if (inUnit && (n == QLatin1String("source") || n == QLatin1String("target"))
                   && xliff::isOwnText(parent)) {
            Unit &u = units.back();
            QStringList &side = n == QLatin1String("source") ? u.source : u.target;
            // Inline codes as ⟨1⟩ tokens, numbered on across a unit's segments (as unitShapes()).
            const QString text
                = readInlineWithCodes(xml, nullptr, n == QLatin1String("source") ? &u.sourceNumbers : &u.targetNumbers);
            nesting.left();
            u.reversed = fileReversed;
            if (parent == QLatin1String("ignorable")) {
                u.ownSpacing = true;
                if (!side.isEmpty())
                    side.back() += text; // spacing between two segments
            } else {
                side.append(text); // 2.0: several segments per unit
            }
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
    // "zho", "cmn-Hans", "zh_CN": compared as the rest of Bireader compares languages.
    doc.sourceLanguage = options.sourceLanguage.isEmpty() ? canonicalLanguage(sourceLanguage) : options.sourceLanguage;
    doc.targetLanguage = options.targetLanguage.isEmpty() ? canonicalLanguage(targetLanguage) : options.targetLanguage;
    SegmentBuilder builder(doc.sourceLanguage, doc.targetLanguage, options.dictionary);
    if (reversedFiles > 0)
        result.warnings << QCoreApplication::translate("bireader::XliffReader",
                                                       "%1: %n <file> element(s) go from %2 to %3, the other way "
                                                       "round; their units are shown turned round and are not "
                                                       "written back",
                                                       nullptr, reversedFiles)
                               .arg(name, targetLanguage, sourceLanguage);
    for (const Unit &u : units) {
        Segment seg;
        // A turned unit is not the file's unit any more: no write-back goes to it.
        const Origin origin { name, u.reversed ? -1 : int(doc.segments.size()) };
        const QString source = joined(u.source, u.ownSpacing, u.reversed ? doc.targetLanguage : doc.sourceLanguage);
        const QString target = joined(u.target, u.ownSpacing, u.reversed ? doc.sourceLanguage : doc.targetLanguage);
        seg.source = builder.side(Side::Source, (u.reversed ? target : source).trimmed(), origin);
        seg.target = builder.side(Side::Target, (u.reversed ? source : target).trimmed(), origin);
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
