#include "importer.h"

#include "segmentbuilder.h"
#include "text/script.h"
#include "textsource.h"

#include <QCoreApplication>

namespace bireader {
namespace {

struct LoadedSide {
    QStringList units; // paragraphs, or lines when presplit
    QList<int> lines; // 0-based line of each unit
    QString language;
    QString encoding;
    QStringList warnings;
    QString error;
};

LoadedSide finishSide(LoadedSide side, const QString &name, const QString &language);

LoadedSide load(QIODevice &device, const QString &name, const QString &language, const ImportOptions &options)
{
    LoadedSide side;
    const DecodedText decoded = readText(device, name);
    if (!decoded.ok()) {
        side.error = decoded.error;
        return side;
    }
    side.encoding = decoded.encoding;
    side.warnings = decoded.warnings;
    if (options.presplit) {
        QString text = decoded.text;
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        side.units = text.split(QLatin1Char('\n'));
        if (side.units.size() > 1 && side.units.back().isEmpty())
            side.units.removeLast(); // the final newline ends a line, it does not start one
        for (int i = 0; i < side.units.size(); ++i) {
            side.units[i] = side.units[i].trimmed();
            side.lines.append(i);
        }
    } else {
        for (const Paragraph &p : splitParagraphs(decoded.text, options.paragraphMode)) {
            side.units.append(p.text);
            side.lines.append(p.line);
        }
    }
    return finishSide(std::move(side), name, language);
}

// Detects the side's language (unless given); an error when it holds no text.
LoadedSide finishSide(LoadedSide side, const QString &name, const QString &language)
{
    if (side.units.size() > kMaxUnitsPerSide) {
        side.error = QCoreApplication::translate("bireader::Import", "%1: more than %2 paragraphs or lines, the limit")
                         .arg(name)
                         .arg(kMaxUnitsPerSide);
        return side;
    }
    ScriptProfile profile;
    for (const QString &u : side.units)
        profile += ScriptProfile::of(u);
    if (profile.totalUnits() == 0) {
        side.error = QCoreApplication::translate("bireader::Import", "%1: the file holds no text").arg(name);
        return side;
    }
    side.language = !language.isEmpty() ? language : profile.language();
    return side;
}

QStringList slice(const QStringList &units, int begin, int count)
{
    return units.mid(begin, count);
}

} // namespace

namespace {

ImportResult alignLoaded(const LoadedSide &src, const QString &sourceName, const LoadedSide &tgt,
                         const QString &targetName, const ImportOptions &options);

LoadedSide sideOf(const QList<Paragraph> &paragraphs, const QString &name, const QString &language)
{
    LoadedSide side;
    for (const Paragraph &p : paragraphs) {
        side.units.append(p.text);
        side.lines.append(p.line);
    }
    return finishSide(std::move(side), name, language);
}

} // namespace

ImportResult importParagraphPair(const QList<Paragraph> &source, const QString &sourceName,
                                 const QList<Paragraph> &target, const QString &targetName,
                                 const ImportOptions &options)
{
    const LoadedSide src = sideOf(source, sourceName, options.sourceLanguage);
    const LoadedSide tgt = src.error.isEmpty() ? sideOf(target, targetName, options.targetLanguage) : LoadedSide {};
    if (!src.error.isEmpty() || !tgt.error.isEmpty()) {
        ImportResult result;
        result.error = !src.error.isEmpty() ? src.error : tgt.error;
        return result;
    }
    ImportOptions paragraphs = options;
    paragraphs.presplit = false;
    return alignLoaded(src, sourceName, tgt, targetName, paragraphs);
}

ImportResult importPair(QIODevice &source, const QString &sourceName, QIODevice &target, const QString &targetName,
                        const ImportOptions &options)
{
    const LoadedSide src = load(source, sourceName, options.sourceLanguage, options);
    const LoadedSide tgt
        = src.error.isEmpty() ? load(target, targetName, options.targetLanguage, options) : LoadedSide {};
    if (!src.error.isEmpty() || !tgt.error.isEmpty()) {
        ImportResult result;
        result.error = !src.error.isEmpty() ? src.error : tgt.error;
        return result;
    }
    return alignLoaded(src, sourceName, tgt, targetName, options);
}

namespace {

ImportResult alignLoaded(const LoadedSide &src, const QString &sourceName, const LoadedSide &tgt,
                         const QString &targetName, const ImportOptions &options)
{
    ImportResult result;
    result.sourceEncoding = src.encoding;
    result.targetEncoding = tgt.encoding;
    result.warnings = src.warnings + tgt.warnings;
    Document &doc = result.document;
    doc.sourceLanguage = src.language;
    doc.targetLanguage = tgt.language;

    SegmentBuilder builder(src.language, tgt.language, options.dictionary);
    builder.aligner().setCancelCheck(options.isCanceled);
    const Alignment paragraphBeads = builder.aligner().align(src.units, tgt.units);
    if (paragraphBeads.isEmpty() && !(src.units.isEmpty() && tgt.units.isEmpty())) {
        result.canceled = true;
        return result;
    }
    for (const Bead &pb : paragraphBeads) {
        Segment seg;
        const QStringList s = slice(src.units, pb.sourceBegin, pb.sourceCount);
        const QStringList t = slice(tgt.units, pb.targetBegin, pb.targetCount);
        const Origin so { sourceName, pb.sourceCount ? src.lines[pb.sourceBegin] : -1 };
        const Origin to { targetName, pb.targetCount ? tgt.lines[pb.targetBegin] : -1 };
        if (options.presplit) {
            seg.source = SegmentBuilder::presplitSide(s, src.language, so);
            seg.target = SegmentBuilder::presplitSide(t, tgt.language, to);
            seg.beads.append({ 0, int(s.size()), 0, int(t.size()), pb.score });
        } else {
            // Paragraphs of a group stay apart by a line break; sentences never span them.
            seg.source = builder.side(Side::Source, s.join(QLatin1Char('\n')), so);
            seg.target = builder.side(Side::Target, t.join(QLatin1Char('\n')), to);
        }
        doc.segments.append(std::move(seg));
    }
    if (!options.presplit && !builder.alignSentences(doc.segments)) {
        result.canceled = true;
        return result;
    }
    if (!doc.segments.isEmpty()) {
        const Segment &first = doc.segments.front();
        doc.title = (first.source.isEmpty() ? first.target.text : first.source.text).left(120);
    }
    return result;
}

} // namespace

} // namespace bireader
