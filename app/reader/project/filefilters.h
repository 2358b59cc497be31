#pragma once

#include <QString>

namespace bireader::reader {

// File-dialog filters, written once: a project, and what File > Open reads (projects and
// everything importFiles() reads).
QString projectFileFilter();
QString openFileFilter();

} // namespace bireader::reader
