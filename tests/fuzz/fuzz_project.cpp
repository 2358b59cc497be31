// Opening a project file made of arbitrary bytes: refused with a message or read whole;
// a refused file is left byte for byte as it was.
#include "fuzzsupport.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace bireader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApp();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("f.bireader"));
    const QByteArray in = fuzz::bytes(data, size);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(in);
    }
    ProjectStore store;
    ProjectData project;
    const QString e = store.open(path).error();
    store.close();
    if (!e.isEmpty()) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        fuzz::check(f.readAll() == in, "a refused project file is not changed");
    }
    return 0;
}
