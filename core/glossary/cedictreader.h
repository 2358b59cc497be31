#pragma once

#include "dictionary.h"

#include <QIODevice>
#include <QString>

namespace bireader {

struct [[nodiscard]] CedictLoadResult {
    int entries = 0;
    int skippedLines = 0; // malformed lines, ignored
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// Reads a dictionary in CC-CEDICT format (UTF-8, '#' comments) into `dict`.
CedictLoadResult readCedict(QIODevice &device, const QString &name, Dictionary &dict);
CedictLoadResult loadCedictFile(const QString &path, Dictionary &dict);

} // namespace bireader
