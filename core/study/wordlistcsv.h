#pragma once

#include "model/result.h"
#include "wordstatus.h"

#include <QByteArray>
#include <QList>

namespace bireader {

// A word list as CSV: term, status, reading, gloss (a header row with "term" first is
// skipped). Status is a name ("known", "learning2", ...) or a Lute level (0-5, 98, 99); a
// row with no status is "learning1". Errors name the file and the line.
Result<QList<WordRecord>> readWordList(const QString &path, const QString &language);
QByteArray writeWordList(const QList<WordRecord> &words);

} // namespace bireader
