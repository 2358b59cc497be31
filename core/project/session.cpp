#include "session.h"

#include "edit/projectdocument.h"
#include "model/logging.h"
#include "store/projectstore.h"
#include "text/filechecks.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bireader {

Session::Session(QObject *parent)
    : QObject(parent)
{
}

Session::~Session()
{
    close();
}

QString Session::autosaveDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QStringList Session::orphanedAutosaves()
{
    QStringList out;
    const QDir dir(autosaveDir());
    for (const QFileInfo &f : dir.entryInfoList({ QStringLiteral("*.bireader") }, QDir::Files, QDir::Time))
        if (ProjectLock::isFree(f.absoluteFilePath())) // a stale lock of a dead process counts as free
            out.append(f.absoluteFilePath());
    return out;
}

Result<> Session::lock(const QString &path)
{
    ProjectLock lock;
    if (QString e = lock.tryLock(path); !e.isEmpty())
        return Error { e };
    m_lock = std::move(lock);
    return {};
}

void Session::adopt(std::unique_ptr<ProjectStore> store, ProjectData data, bool untitled)
{
    m_store = std::move(store);
    m_doc = std::make_unique<ProjectDocument>(std::move(data));
    // A read-only project takes edits in memory; each one reports that it was not saved.
    m_doc->setStore(m_store.get());
    connect(m_doc.get(), &ProjectDocument::storeFailed, this, &Session::storeFailed);
    m_untitled = untitled;
    emit documentChanged();
}

Result<> Session::openLocked(const QString &path, bool untitled)
{
    auto store = std::make_unique<ProjectStore>();
    Result<ProjectData> opened = store->open(path);
    if (!opened) {
        m_lock.unlock();
        return Error { opened.error() };
    }
    adopt(std::move(store), std::move(opened).value(), untitled);
    return {};
}

QStringList Session::openWarnings() const
{
    return m_store ? m_store->warnings() : QStringList();
}

Result<> Session::open(const QString &path)
{
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Result<> locked = lock(absolute); !locked)
        return locked;
    return openLocked(absolute, false);
}

Result<> Session::openUntitled(const ProjectData &data)
{
    close();
    QDir().mkpath(autosaveDir());
    const QString path = autosaveDir()
        + QStringLiteral("/untitled-%1.bireader")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    if (Result<> locked = lock(path); !locked)
        return locked;
    if (Result<> created = ProjectStore().create(path, data); !created) {
        m_lock.unlock();
        return created;
    }
    if (const QString e = m_lock.lockIdentity(path); !e.isEmpty())
        qCWarning(lcStore) << e;
    return openLocked(path, true);
}

Result<> Session::recover(const QString &autosavePath)
{
    close();
    const QString absolute = QFileInfo(autosavePath).absoluteFilePath();
    if (Result<> locked = lock(absolute); !locked)
        return locked;
    return openLocked(absolute, true);
}

Result<> Session::saveAs(const QString &path)
{
    if (!m_doc)
        return Error { tr("no project is open") };
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == this->path() || sameFile(absolute, this->path()))
        return {}; // every edit is in the file already
    ProjectLock newLock;
    if (QString e = newLock.tryLock(absolute); !e.isEmpty())
        return Error { e };
    auto store = std::make_unique<ProjectStore>();
    if (Result<> created = store->create(absolute, m_doc->data()); !created)
        return created;
    if (const QString e = newLock.lockIdentity(absolute); !e.isEmpty()) // a new file, a new inode
        qCWarning(lcStore) << e;
    if (Result<ProjectData> reread = store->open(absolute); !reread) // what was written reads back
        return Error { reread.error() };
    // The document and its undo history carry on; from now on they write to the new file.
    const QString old = this->path();
    const bool wasUntitled = m_untitled;
    m_doc->setStore(store.get());
    m_store = std::move(store);
    m_lock = std::move(newLock);
    m_untitled = false;
    if (wasUntitled && !QFile::remove(old))
        qCWarning(lcStore) << "the autosave file" << old << "stays: it could not be removed";
    qCInfo(lcStore) << "saved as" << absolute;
    emit documentChanged();
    return {};
}

void Session::close()
{
    if (!m_doc && !m_store)
        return;
    // Views let go of the document (documentChanged) before it is destroyed.
    const std::unique_ptr<ProjectDocument> doc = std::move(m_doc);
    const std::unique_ptr<ProjectStore> store = std::move(m_store);
    m_untitled = false;
    emit documentChanged();
    if (store)
        store->close();
    m_lock.unlock();
}

void Session::discard()
{
    const bool untitled = m_untitled;
    const QString file = path();
    close();
    if (untitled && !file.isEmpty())
        removeAutosave(file);
}

void Session::removeAutosave(const QString &file)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        if (QFile::exists(file + suffix) && !QFile::remove(file + suffix))
            qCWarning(lcStore) << "cannot remove the discarded autosave file" << file + suffix;
}

bool Session::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

QString Session::path() const
{
    return m_store ? m_store->path() : QString();
}

QString Session::displayName() const
{
    if (!m_doc)
        return {};
    if (m_untitled) {
        const QString title = m_doc->data().document.title.section(QLatin1Char('\n'), 0, 0).left(40);
        return tr("%1 (unsaved)").arg(title.isEmpty() ? tr("Untitled") : title);
    }
    return QFileInfo(path()).fileName();
}

} // namespace bireader
