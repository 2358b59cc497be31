#include "safewrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace bireader {
namespace {

Error cannotWrite(const QString &path, const QString &why)
{
    return { QCoreApplication::translate("bireader::SafeWrite", "%1: cannot be written: %2").arg(path, why) };
}

// Why a write failed, in words: Qt says "Unknown error" for a short write on a full disk.
QString reason(const QString &path, const QString &qtReason, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        return QCoreApplication::translate("bireader::SafeWrite", "no space left on device");
    if (error == EFBIG)
        return QCoreApplication::translate("bireader::SafeWrite", "the file would be larger than allowed here");
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() == 0)
        return QCoreApplication::translate("bireader::SafeWrite", "no space left on device");
    if (qtReason.isEmpty() || qtReason == QLatin1String("Unknown error"))
        return error ? QString::fromLocal8Bit(std::strerror(error))
                     : QCoreApplication::translate("bireader::SafeWrite", "the write failed");
    return qtReason;
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
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(path, reason(path, file.errorString(), errno));
    if (file.write(data) != data.size()) {
        const QString why = reason(path, file.errorString(), errno);
        file.cancelWriting();
        return cannotWrite(path, why);
    }
    if (!file.commit())
        return cannotWrite(path, reason(path, file.errorString(), errno));
    // And what the file now holds is what was written.
    if (QFileInfo(path).size() != data.size())
        return cannotWrite(path, QCoreApplication::translate("bireader::SafeWrite", "the file is incomplete"));
    return {};
}

} // namespace bireader
