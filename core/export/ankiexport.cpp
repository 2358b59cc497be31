#include "exportwriters.h"

#include "glossary/csvreader.h"

namespace bireader {

QByteArray exportAnki(const ProjectData &data)
{
    // Anki reads these header lines (2.1.55+): separator, plain text, column names.
    QString out = QStringLiteral("#separator:Comma\n#html:false\n#columns:Front,Back,Reading,Context,Source\n");
    const QString title = documentTitle(data);
    for (const VocabularyItem &v : data.vocabulary) {
        const QString reference = v.segment >= 0 ? QStringLiteral("%1, %2").arg(title).arg(v.segment + 1) : title;
        out += csvRecord({ v.term, v.gloss, v.reading, v.context, reference }, QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace bireader
