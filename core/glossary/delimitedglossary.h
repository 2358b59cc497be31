#pragma once

#include "glossaryformats.h"

#include <QByteArray>
#include <QChar>
#include <QString>

namespace bireader {

// Glossaries as CSV or TSV rows: term, translation, note, forbidden, or the columns a
// header row names (in English or Chinese). A file named .csv may be separated by tabs or
// semicolons (a spreadsheet's export in many locales): the separator is the one every
// row has. A first row naming languages ("Chinese,English") is a header; a file where no
// row has a translation is not a glossary (prose), and says so.
GlossaryReadResult readDelimited(const QString &text, const QString &name, QChar separator);
QByteArray writeDelimited(const Glossary &glossary, QChar separator);

} // namespace bireader
