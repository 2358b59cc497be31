#include "filefilters.h"

#include "io/fileimport.h"

#include <QCoreApplication>

namespace bireader::reader {

QString projectFileFilter()
{
    return QCoreApplication::translate("bireader::reader::FileFilters", "Bireader projects (*.bireader)");
}

QString openFileFilter()
{
    return QCoreApplication::translate("bireader::reader::FileFilters",
                                       "Projects and bilingual texts (*.bireader %1);;All files (*)")
        .arg(importFilePatterns().join(QLatin1Char(' ')));
}

} // namespace bireader::reader
