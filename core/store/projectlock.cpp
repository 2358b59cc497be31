#include "projectlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>

#include <sys/stat.h>
#include <unistd.h>

namespace bireader {
namespace {

// The project's path with symbolic links and ".." resolved (its folder's, for a file that
// does not exist yet): every name of one file locks the same PATH.lock.
QString realPathOf(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    if (const QString real = info.canonicalFilePath(); !real.isEmpty())
        return real;
    if (const QString dir = info.absoluteDir().canonicalPath(); !dir.isEmpty())
        return dir + QLatin1Char('/') + info.fileName();
    return info.absoluteFilePath();
}

// A second lock named after the file's device and inode, in a folder of the user's: a hard
// link has another real path but the same inode. "" when the file does not exist.
QString identityLockPathOf(const QString &projectPath)
{
    struct stat st {
    };
    if (::stat(QFile::encodeName(projectPath).constData(), &st) != 0)
        return {};
    const QString dir = QDir::tempPath() + QStringLiteral("/bireader-locks-%1").arg(::getuid());
    if (!QFileInfo::exists(dir)) {
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    return dir + QStringLiteral("/%1-%2.lock").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
}

std::unique_ptr<QLockFile> lockFile(const QString &lockPath)
{
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    return lock;
}

// Why `lock` was not taken, naming the project.
QString lockProblem(const QLockFile &lock, const QString &projectPath, const QString &lockPath)
{
    const QString project = QDir::toNativeSeparators(projectPath);
    switch (lock.error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host, application;
        lock.getLockInfo(&pid, &host, &application);
        return QCoreApplication::translate("bireader::ProjectLock",
                                           "%1: the project is open in %2 (process %3); close it there first")
            .arg(project, application.isEmpty() ? QStringLiteral("another program") : application)
            .arg(pid);
    }
    case QLockFile::PermissionError:
        return QCoreApplication::translate("bireader::ProjectLock",
                                           "%1: the lock file %2 cannot be created (permission denied: the "
                                           "folder is read-only to you); the project cannot be changed")
            .arg(project, QDir::toNativeSeparators(lockPath));
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        break;
    }
    const QStorageInfo storage(QFileInfo(lockPath).absolutePath());
    if (storage.isValid() && storage.bytesAvailable() == 0)
        return QCoreApplication::translate("bireader::ProjectLock",
                                           "%1: the lock file %2 cannot be created: no space left on device")
            .arg(project, QDir::toNativeSeparators(lockPath));
    return QCoreApplication::translate("bireader::ProjectLock", "%1: the lock file %2 cannot be created")
        .arg(project, QDir::toNativeSeparators(lockPath));
}

} // namespace

ProjectLock::ProjectLock() = default;
ProjectLock::~ProjectLock() = default;
ProjectLock::ProjectLock(ProjectLock &&) noexcept = default;
ProjectLock &ProjectLock::operator=(ProjectLock &&) noexcept = default;

QString ProjectLock::tryLock(const QString &projectPath)
{
    std::vector<std::unique_ptr<QLockFile>> taken;
    QStringList lockPaths { realPathOf(projectPath) + QStringLiteral(".lock") };
    if (const QString identity = identityLockPathOf(projectPath); !identity.isEmpty())
        lockPaths << identity;
    for (const QString &lockPath : lockPaths) {
        auto lock = lockFile(lockPath);
        if (!lock->tryLock(0))
            return lockProblem(*lock, projectPath, lockPath); // the ones taken are let go
        taken.push_back(std::move(lock));
    }
    m_locks = std::move(taken);
    return {};
}

QString ProjectLock::lockIdentity(const QString &projectPath)
{
    const QString identity = identityLockPathOf(projectPath);
    if (identity.isEmpty())
        return {};
    auto lock = lockFile(identity);
    if (!lock->tryLock(0))
        return lockProblem(*lock, projectPath, identity);
    if (m_locks.size() > 1)
        m_locks.resize(1); // the replaced file's inode
    m_locks.push_back(std::move(lock));
    return {};
}

bool ProjectLock::isLocked() const
{
    return !m_locks.empty();
}

void ProjectLock::unlock()
{
    m_locks.clear();
}

bool ProjectLock::isFree(const QString &projectPath)
{
    ProjectLock probe;
    return probe.tryLock(projectPath).isEmpty();
}

} // namespace bireader
