#include "tmxreader.h"

#include "segmentbuilder.h"
#include "text/encoding.h"
#include "text/inlinecodes.h"
#include "text/script.h"
#include "text/xmltext.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace bireader {
namespace {

struct Unit {
    QList<std::pair<QString, QString>> variants; // (language, text)
    QStringList notes;
};

} // namespace

ImportResult TmxReader::read(QIODevice &device, const QString &name, const ImportOptions &options) const
{
    ImportResult result;
    result.error = openForReading(device, name);
    if (!result.error.isEmpty())
        return result;
    QXmlStreamReader xml(&device);
    QString srclang;
    QList<Unit> units;
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
            srclang = xml.attributes().value(QLatin1String("srclang")).toString();
        } else if (n == QLatin1String("tu")) {
            units.append(Unit {});
        } else if (n == QLatin1String("tuv") && !units.isEmpty()) {
            lang = xml.attributes().value(QLatin1String("xml:lang")).toString();
            if (lang.isEmpty())
                lang = xml.attributes().value(QLatin1String("lang")).toString(); // TMX 1.1
        } else if (n == QLatin1String("seg") && !units.isEmpty()) {
            units.back().variants.append({ lang, readInlineWithCodes(xml, nullptr) }); // codes as ⟨1⟩ tokens
            nesting.left();
        } else if (n == QLatin1String("note") && !units.isEmpty()) {
            units.back().notes.append(readInlineText(xml));
            nesting.left();
        }
    }
    if (xml.hasError()) {
        result.error = QCoreApplication::translate("bireader::TmxReader", "%1: not valid TMX (line %2: %3)")
                           .arg(name)
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
        return result;
    }
    if (units.isEmpty()) {
        result.error = QCoreApplication::translate("bireader::TmxReader", "%1: no translation units found (is it TMX?)")
                           .arg(name);
        return result;
    }
    // Languages are compared by their primary subtag (zh-CN, zh_CN, ZH and zh are one); a
    // variant without xml:lang is known by its script.
    for (Unit &u : units)
        for (auto &[l, text] : u.variants)
            l = l.isEmpty() ? ScriptProfile::of(text).language() : primaryLanguage(l);
    QString source = primaryLanguage(options.sourceLanguage.isEmpty() ? srclang : options.sourceLanguage);
    if (source.isEmpty() || source == QLatin1String("*all*"))
        source = units.front().variants.value(0).first;
    QString target = primaryLanguage(options.targetLanguage);
    for (const Unit &u : units)
        for (const auto &[l, text] : u.variants)
            if (target.isEmpty() && l != source && l != QLatin1String("und"))
                target = l;
    Document &doc = result.document;
    doc.sourceLanguage = source;
    doc.targetLanguage = target;
    SegmentBuilder builder(source, target, options.dictionary);
    for (const Unit &u : units) {
        QString s, t;
        for (const auto &[l, text] : u.variants) {
            if (l == source && s.isEmpty())
                s = text;
            else if (l == target && t.isEmpty())
                t = text;
        }
        Segment seg;
        const Origin origin { name, int(doc.segments.size()) };
        seg.source = builder.side(Side::Source, s, origin);
        seg.target = builder.side(Side::Target, t, origin);
        if (!u.notes.isEmpty())
            result.notes.insert(int(doc.segments.size()), u.notes.join(QLatin1String("\n")));
        doc.segments.append(std::move(seg));
    }
    builder.aligner().setCancelCheck(options.isCanceled);
    result.canceled = !builder.alignSentences(doc.segments);
    return result;
}

} // namespace bireader
