#pragma once

#include "inlinecodes.h"

#include <QList>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

namespace bireader {

// A TMX file as the importer and the TMX export both read it: its declared source
// language and its <tu>s in file order, each <tuv>'s language as written, its <seg> text
// (inline codes as ⟨1⟩ tokens) and the codes themselves, and the unit's notes.
struct TmxVariant {
    QString language; // xml:lang (TMX 1.1: lang), "" when missing
    QString text;
    InlineCodes codes;
};

struct TmxUnit {
    QList<TmxVariant> variants;
    QStringList notes;
};

struct TmxUnits {
    QString sourceLanguage; // <header srclang>
    QList<TmxUnit> units;
};

// Reads to the end or the first error (on `xml`: not well-formed, nested too deep).
TmxUnits readTmxUnits(QXmlStreamReader &xml);

} // namespace bireader
