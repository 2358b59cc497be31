#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace bireader {

// Writes `data` to `path` so that a failure never leaves a half-written file: through
// QSaveFile (a temporary file renamed over the target) for regular files. An existing
// character device (/dev/null, /dev/full) is written directly, so a full disk is an
// error, not a replaced device; any other special file (FIFO, socket, directory) is
// refused, since renaming over it would destroy it. The error names the path.
Result<> writeFileSafely(const QString &path, const QByteArray &data);

// True when `path` exists and is not a regular file: nothing may be renamed over it.
bool isSpecialFile(const QString &path);

} // namespace bireader
