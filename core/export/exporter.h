#pragma once

#include "model/result.h"
#include "store/projectdata.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace bireader {

class Dictionary;

enum class ExportFormat {
    Markdown, // annotated notes: highlighted and noted segments, then the vocabulary
    Html, // a self-contained page: two columns, highlights, notes; all user text escaped
    Tmx, // TMX 1.4 of the (corrected) pairs, notes as <note>
    Anki, // CSV for Anki: front, back, reading, context sentence, source reference, stable note id
    AnkiCloze, // CSV for Anki's Cloze notes: the word blanked in its sentence; reading, gloss, translation
    Text, // plain bilingual text, interleaved
    TargetText, // plain text, the translation only
    Xliff, // the XLIFF file the project came from with the corrections written back; else a new XLIFF 1.2
    Xliff2, // a new XLIFF 2.0 file
};

struct ExportOptions {
    // HTML: pinyin over the Chinese side's words as <ruby>, readings from this dictionary
    // (ICU Han-Latin when null).
    bool ruby = false;
    const Dictionary *dictionary = nullptr;
    // TMX and new XLIFF files: only the segments the user confirmed (reviewed work).
    bool confirmedOnly = false;
};

std::optional<ExportFormat> exportFormatFromName(
    const QString &name); // "md", "html", "tmx", "anki", "anki-cloze", "txt", "target", "xliff", "xliff2"

QByteArray exportProject(const ProjectData &data, ExportFormat format, const ExportOptions &options = {});
// Written safely (writeFileSafely): a failed export leaves any old file as it was,
// a full disk is an error, and special files are never renamed over.
// The error names the file.
Result<> exportToFile(const ProjectData &data, ExportFormat format, const QString &path,
                      const ExportOptions &options = {});

} // namespace bireader
