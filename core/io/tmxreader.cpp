#include "tmxreader.h"

#include "segmentbuilder.h"
#include "text/encoding.h"
#include "text/script.h"
#include "text/tmxunits.h"
#include "text/xmltext.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace bireader {

ImportResult TmxReader::read(QIODevice &device, const QString &name, const ImportOptions &options) const
{
    ImportResult result;
    result.error = openForReading(device, name);
    if (!result.error.isEmpty())
        return result;
    QXmlStreamReader xml(&device);
    TmxUnits tmx = readTmxUnits(xml);
    QList<TmxUnit> &units = tmx.units;
    const QString srclang = tmx.sourceLanguage;
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
    for (TmxUnit &u : units)
        for (TmxVariant &v : u.variants)
            v.language = v.language.isEmpty() ? ScriptProfile::of(v.text).language() : primaryLanguage(v.language);
    QString source = primaryLanguage(options.sourceLanguage.isEmpty() ? srclang : options.sourceLanguage);
    if (source.isEmpty() || source == QLatin1String("*all*"))
        source = units.front().variants.value(0).language;
    QString target = primaryLanguage(options.targetLanguage);
    for (const TmxUnit &u : units)
        for (const TmxVariant &v : u.variants)
            if (target.isEmpty() && v.language != source && v.language != QLatin1String("und"))
                target = v.language;
    Document &doc = result.document;
    doc.sourceLanguage = source;
    doc.targetLanguage = target;
    SegmentBuilder builder(source, target, options.dictionary);
    for (const TmxUnit &u : units) {
        QString s, t;
        for (const TmxVariant &v : u.variants) {
            if (v.language == source && s.isEmpty())
                s = v.text;
            else if (v.language == target && t.isEmpty())
                t = v.text;
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
