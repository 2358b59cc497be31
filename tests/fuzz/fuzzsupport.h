#pragma once

// Shared by the fuzz targets: a Qt application object (Qt SQL and ICU data need one), the
// input as a QByteArray, and a check that aborts (a finding) when an invariant breaks.
#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace bireader::fuzz {

inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "bireader-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void check(bool ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "invariant broken: %s\n", what);
        abort();
    }
}

} // namespace bireader::fuzz
