#include "safewrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

namespace bireader {
namespace {

Error cannotWrite(const QString &path, const QString &why)
{
    return { QCoreApplication::translate("bireader::SafeWrite", "%1: cannot be written: %2").arg(path, why) };
}

} // namespace

bool isSpecialFile(const QString &path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode);
}

Result<> writeFileSafely(const QString &path, const QByteArray &data)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (!S_ISCHR(st.st_mode))
            return cannotWrite(path, QCoreApplication::translate("bireader::SafeWrite", "it is not a regular file"));
        QFile device(path); // /dev/null, /dev/full: write in place, report what the device says
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return cannotWrite(path, device.errorString());
        if (device.write(data) != data.size())
            return cannotWrite(path, device.errorString());
        return {};
    }
    // Unbuffered: a buffered QSaveFile (Qt 6.4, O_TMPFILE) can lose a failed write at
    // flush and still commit an empty file. Each write goes to the file and reports.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(path, file.errorString());
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return cannotWrite(path, why);
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    // And what the file now holds is what was written.
    if (QFileInfo(path).size() != data.size())
        return cannotWrite(path, QCoreApplication::translate("bireader::SafeWrite", "the file is incomplete"));
    return {};
}

} // namespace bireader
