#pragma once

#include "model/result.h"
#include "termentry.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

namespace bireader {

// Exchange formats of a glossary. CSV/TSV: term, translation, note, forbidden (one row
// per approved translation; rows of one term merge; an optional header row names the
// columns). TBX: TBX-Basic, read in both the 2008 (martif) and 2019 (tbx) dialects and
// written in the 2008 one that CAT tools read. XML entities are never fetched and their
// expansion is capped, so a hostile file cannot exhaust memory.
enum class GlossaryFormat { Csv, Tsv, Tbx };

struct [[nodiscard]] GlossaryReadResult {
    Glossary glossary;
    int skippedRows = 0; // rows without a term
    QString error; // names the file and the problem
    bool ok() const { return error.isEmpty(); }
};

// The format a file name implies (.csv, .tsv/.tab/.txt, .tbx), or std::nullopt.
std::optional<GlossaryFormat> glossaryFormatForPath(const QString &path);

GlossaryReadResult readGlossary(QIODevice &device, const QString &name, GlossaryFormat format);
QByteArray writeGlossary(const Glossary &glossary, GlossaryFormat format);

GlossaryReadResult loadGlossaryFile(const QString &path);

// A glossary whose languages (TBX) are the project's the other way round (an English-Chinese
// termbase into a Chinese-English project) turned round: each rendering becomes a term
// whose rendering is the file's term. True when it was turned.
bool orientGlossary(Glossary &glossary, const QString &sourceLanguage, const QString &targetLanguage);
// Written safely (writeFileSafely): on failure the old file is left as it was.
Result<> saveGlossaryFile(const Glossary &glossary, const QString &path);

} // namespace bireader
