#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "bireader.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAlign, "bireader.align", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIo, "bireader.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEdit, "bireader.edit", QtWarningMsg)
