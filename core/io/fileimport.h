#pragma once

#include "importer.h"

#include <QFile>
#include <QStringList>

#include <memory>

namespace bireader {

// The reader of a single bilingual file, by its name: subtitles, TMX, XLIFF, HTML,
// EPUB, else interleaved text.
std::unique_ptr<BilingualReader> readerFor(const QString &path);

// A source file and its translation as a document: subtitles by time, HTML pages by
// their article blocks, EPUB books by chapters then paragraphs, anything else as text.
ImportResult importTwoFiles(QFile &source, QFile &target, const ImportOptions &options);

// One bilingual file, or a source and its translation: what the CLI and the app open.
ImportResult importFiles(const QStringList &paths, const ImportOptions &options);

// Pasted or dropped text: one bilingual text (each paragraph followed by its translation),
// or, with `translation`, a text and its translation; read and aligned as files are. The
// messages call them "pasted text" and "pasted translation".
ImportResult importTexts(const QString &text, const QString &translation, const ImportOptions &options);

// What importFiles() reads, as file-name patterns ("*.txt", ...), and as a file-dialog
// filter ("Bilingual texts (*.txt ...);;All files (*)").
QStringList importFilePatterns();
QString importFileFilter();

} // namespace bireader
