#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace bireader {

// The lock on a project a window or a command is changing: PATH.lock (QLockFile), held
// while the project is open, so that two programs never edit one project at once. A lock
// left by a process that is gone is taken over.
class ProjectLock
{
public:
    ProjectLock();
    ~ProjectLock();
    ProjectLock(ProjectLock &&) noexcept;
    ProjectLock &operator=(ProjectLock &&) noexcept;

    // "" when the lock is taken, else an error naming the project and who holds it.
    QString tryLock(const QString &projectPath);
    bool isLocked() const;
    void unlock();
    // Whether nobody holds the lock of `projectPath` (a free or stale lock).
    static bool isFree(const QString &projectPath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace bireader
