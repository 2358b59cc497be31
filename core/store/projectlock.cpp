#include "projectlock.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

namespace bireader {
namespace {

std::unique_ptr<QLockFile> lockFileOf(const QString &projectPath)
{
    auto lock = std::make_unique<QLockFile>(projectPath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // stale only when its process is gone, never by age
    return lock;
}

} // namespace

ProjectLock::ProjectLock() = default;
ProjectLock::~ProjectLock() = default;
ProjectLock::ProjectLock(ProjectLock &&) noexcept = default;
ProjectLock &ProjectLock::operator=(ProjectLock &&) noexcept = default;

QString ProjectLock::tryLock(const QString &projectPath)
{
    auto lock = lockFileOf(projectPath);
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, application;
        lock->getLockInfo(&pid, &host, &application);
        return QCoreApplication::translate("bireader::ProjectLock",
                                           "%1: the project is open in %2 (process %3); close it there first")
            .arg(QDir::toNativeSeparators(projectPath),
                 application.isEmpty() ? QStringLiteral("another program") : application)
            .arg(pid);
    }
    m_lock = std::move(lock);
    return {};
}

bool ProjectLock::isLocked() const
{
    return m_lock != nullptr;
}

void ProjectLock::unlock()
{
    m_lock.reset();
}

bool ProjectLock::isFree(const QString &projectPath)
{
    auto lock = lockFileOf(projectPath);
    if (!lock->tryLock(0))
        return false;
    lock->unlock();
    return true;
}

} // namespace bireader
