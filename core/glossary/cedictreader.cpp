#include "cedictreader.h"

#include "text/encoding.h"
#include "text/filechecks.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace bireader {

CedictLoadResult readCedict(QIODevice &device, const QString &name, Dictionary &dict)
{
    CedictLoadResult r;
    r.error = openForReading(device, name);
    if (!r.error.isEmpty())
        return r;
    // Read and decode a block of whole lines at a time, not the whole file: the dictionary
    // keeps its own copy, and a 9 MB buffer is 2,000 more pages to fault in.
    constexpr qint64 kBlock = 1 << 20;
    if (const qint64 size = device.size(); size > 0)
        dict.reserve(int(std::min<qint64>(size / 60, 1 << 22))); // CC-CEDICT lines average ~75 bytes
    QByteArray carry;
    bool first = true;
    while (true) {
        QByteArray block = carry + device.read(kBlock);
        const bool atEnd = block.size() == carry.size();
        if (first && block.startsWith("\xEF\xBB\xBF"))
            block.remove(0, 3);
        first = false;
        qsizetype cut = atEnd ? block.size() : block.lastIndexOf('\n') + 1;
        if (cut <= 0 && !atEnd) { // a line longer than a block: keep reading
            carry = block;
            continue;
        }
        carry = block.mid(cut);
        const QString text = QString::fromUtf8(block.constData(), cut);
        for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.front() == QLatin1Char('#') || line == QLatin1String("\r"))
                continue;
            if (dict.addCedictLine(line))
                ++r.entries;
            else
                ++r.skippedLines;
        }
        if (atEnd)
            break;
    }
    if (r.entries == 0)
        r.error = QCoreApplication::translate("bireader::Cedict", "%1: no dictionary entries in CC-CEDICT format found")
                      .arg(name);
    return r;
}

CedictLoadResult loadCedictFile(const QString &path, Dictionary &dict)
{
    QFile f(path);
    if (const QString problem = inputFileProblem(path); !problem.isEmpty()) {
        CedictLoadResult r;
        r.error = QCoreApplication::translate("bireader::Cedict", "%1: %2").arg(path, problem);
        return r;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        CedictLoadResult r;
        r.error = QCoreApplication::translate("bireader::Cedict", "%1: cannot be read: %2").arg(path, f.errorString());
        return r;
    }
    return readCedict(f, path, dict);
}

} // namespace bireader
