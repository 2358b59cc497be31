#pragma once

#include <QString>

#include <memory>
#include <vector>

class QLockFile;

namespace bireader {

// The lock on a project a window or a command is changing, held while the project is open,
// so that two programs never edit one project at once. It is keyed by the file, not by the
// name it was given: REALPATH.lock beside the project (symbolic links and ".." resolved)
// and, for a file that exists, a lock named after its device and inode in the user's
// temporary folder (a hard link is another name of the same inode). A lock left by a
// process that is gone is taken over.
class ProjectLock
{
public:
    ProjectLock();
    ~ProjectLock();
    ProjectLock(ProjectLock &&) noexcept;
    ProjectLock &operator=(ProjectLock &&) noexcept;

    // "" when the lock is taken, else an error naming the project and who holds it.
    QString tryLock(const QString &projectPath);
    // After the file was written anew (a new inode: Save As, create over it), the lock of
    // its new identity; "" when taken.
    QString lockIdentity(const QString &projectPath);
    bool isLocked() const;
    void unlock();
    // Whether nobody holds the lock of `projectPath` (a free or stale lock).
    static bool isFree(const QString &projectPath);

private:
    std::vector<std::unique_ptr<QLockFile>> m_locks;
};

} // namespace bireader
