#include "readerlog.h"

Q_LOGGING_CATEGORY(lcReader, "bireader.reader", QtWarningMsg)
