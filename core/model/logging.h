#pragma once

#include <QLoggingCategory>

// Logging categories of the core layers. Warnings show by default; the rest when asked:
//   QT_LOGGING_RULES="bireader.*=true" bireader
// (or "bireader.store.debug=true" for one category) gives a log to send with a bug report.
Q_DECLARE_LOGGING_CATEGORY(lcStore) // bireader.store: project files, SQLite, the write-ahead log
Q_DECLARE_LOGGING_CATEGORY(lcAlign) // bireader.align: alignment passes, models, timings
Q_DECLARE_LOGGING_CATEGORY(lcIo) // bireader.io: imports, encodings, pairing, page edges
Q_DECLARE_LOGGING_CATEGORY(lcEdit) // bireader.edit: document changes, re-alignment, apply term
