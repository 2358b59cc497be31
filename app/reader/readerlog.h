#pragma once

#include <QLoggingCategory>

// The reader's logging category, bireader.reader: sessions, autosave files, the dictionary.
// QT_LOGGING_RULES="bireader.*=true" bireader shows it with the core's (model/logging.h).
Q_DECLARE_LOGGING_CATEGORY(lcReader)
