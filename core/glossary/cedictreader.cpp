#include "cedictreader.h"

#include "text/encoding.h"

#include <QCoreApplication>
#include <QFile>

namespace bireader {

CedictLoadResult readCedict(QIODevice &device, const QString &name, Dictionary &dict)
{
    CedictLoadResult r;
    r.error = openForReading(device, name);
    if (!r.error.isEmpty())
        return r;
    const QByteArray data = device.readAll();
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    dict.reserve(int(data.count('\n')));
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        const char *line = data.constData() + pos;
        const qsizetype len = end - pos;
        pos = end + 1;
        if (len == 0 || line[0] == '#' || (len == 1 && line[0] == '\r'))
            continue;
        if (dict.addCedictLine(QString::fromUtf8(line, len)))
            ++r.entries;
        else
            ++r.skippedLines;
    }
    if (r.entries == 0)
        r.error = QCoreApplication::translate("bireader::Cedict", "%1: no dictionary entries in CC-CEDICT format found")
                      .arg(name);
    return r;
}

CedictLoadResult loadCedictFile(const QString &path, Dictionary &dict)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        CedictLoadResult r;
        r.error = QCoreApplication::translate("bireader::Cedict", "%1: cannot be read: %2").arg(path, f.errorString());
        return r;
    }
    return readCedict(f, path, dict);
}

} // namespace bireader
