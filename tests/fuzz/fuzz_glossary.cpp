// Glossary files as users bring them, on arbitrary bytes: the reader picks the separator,
// the header and the languages itself (sniffing, language-name headers, prose refused,
// TBX turned round). Whatever it reads writes back in each format and reads back as the
// same terms and renderings.
#include "fuzzsupport.h"
#include "glossary/glossaryformats.h"
#include "text/xmltext.h"

using namespace bireader;

namespace {

// Terms and approved renderings: what every format carries (notes and forbidden renderings
// have fewer places in some).
QList<std::pair<QString, QStringList>> essentials(const Glossary &g)
{
    QList<std::pair<QString, QStringList>> out;
    for (const TermEntry &e : g.entries)
        out.append({ e.source, e.approved });
    return out;
}

// Whether a term or rendering survives every format as it is: no separators, line breaks
// or padding that a row would change, nothing XML cannot carry (a TBX writes U+FFFD for it).
bool plain(const QString &s)
{
    return !s.isEmpty() && xmlSafe(s) == s && s == s.trimmed() && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')) && !s.contains(QLatin1Char('\t')) && !s.contains(QLatin1Char(';'))
        && !s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    QByteArray in = fuzz::bytes(data, size);
    const GlossaryFormat format = GlossaryFormat(size % 3); // Csv, Tsv, Tbx
    QBuffer buffer(&in);
    GlossaryReadResult read = readGlossary(buffer, QStringLiteral("g.file"), format);
    if (!read.ok()) {
        fuzz::check(read.error.startsWith(QLatin1String("g.file: ")), "an error names the file");
        return 0;
    }
    orientGlossary(read.glossary, QStringLiteral("zh"), QStringLiteral("en"));
    // Keep entries a delimited row carries as they are (a term, one or more renderings).
    Glossary kept; // in a Chinese-English project, as the reader keeps it
    kept.sourceLanguage = QStringLiteral("zh");
    kept.targetLanguage = QStringLiteral("en");
    for (const TermEntry &e : std::as_const(read.glossary.entries)) {
        if (!plain(e.source) || e.approved.isEmpty())
            continue;
        TermEntry k { e.source, {}, {}, {}, {} };
        for (const QString &a : e.approved)
            if (plain(a))
                k.approved.append(a);
        if (!k.approved.isEmpty())
            kept.entries.append(k);
    }
    if (kept.entries.isEmpty())
        return 0;
    for (const GlossaryFormat out : { GlossaryFormat::Csv, GlossaryFormat::Tsv, GlossaryFormat::Tbx }) {
        QByteArray written = writeGlossary(kept, out);
        QBuffer back(&written);
        const GlossaryReadResult again = readGlossary(back, QStringLiteral("g.out"), out);
        fuzz::check(again.ok(), "a written glossary reads back");
        if (essentials(again.glossary) != essentials(kept)) { // what differs, to reproduce
            for (const auto &[term, renderings] : essentials(kept))
                fprintf(stderr, "kept  [%s] -> [%s]\n", qPrintable(term), qPrintable(renderings.join(u'|')));
            for (const auto &[term, renderings] : essentials(again.glossary))
                fprintf(stderr, "again [%s] -> [%s]\n", qPrintable(term), qPrintable(renderings.join(u'|')));
            fprintf(stderr, "format %d\n", int(out));
        }
        fuzz::check(essentials(again.glossary) == essentials(kept), "terms and renderings read back the same");
    }
    return 0;
}
