#include "session.h"

#include "edit/projectdocument.h"
#include "readerlog.h"
#include "store/projectstore.h"
#include "text/filechecks.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace bireader::reader {

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

QString Session::lock(const QString &path)
{
    ProjectLock lock;
    if (QString e = lock.tryLock(path); !e.isEmpty())
        return e;
    m_lock = std::move(lock);
    return {};
}

QString Session::adopt(std::unique_ptr<ProjectStore> store, ProjectData data, bool untitled)
{
    m_store = std::move(store);
    m_doc = std::make_unique<ProjectDocument>(std::move(data));
    // A read-only project takes edits in memory; each one reports that it was not saved.
    m_doc->setStore(m_store.get());
    connect(m_doc.get(), &ProjectDocument::storeFailed, this, &Session::storeFailed);
    m_untitled = untitled;
    emit documentChanged();
    return {};
}

QString Session::openLocked(const QString &path, bool untitled)
{
    auto store = std::make_unique<ProjectStore>();
    ProjectData data;
    if (QString e = store->open(path, &data); !e.isEmpty()) {
        m_lock.unlock();
        return e;
    }
    return adopt(std::move(store), std::move(data), untitled);
}

QString Session::open(const QString &path)
{
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QString e = lock(absolute); !e.isEmpty())
        return e;
    return openLocked(absolute, false);
}

QString Session::openUntitled(const ProjectData &data)
{
    close();
    QDir().mkpath(autosaveDir());
    const QString path = autosaveDir()
        + QStringLiteral("/untitled-%1.bireader")
              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    if (QString e = lock(path); !e.isEmpty())
        return e;
    if (QString e = ProjectStore().create(path, data); !e.isEmpty()) {
        m_lock.unlock();
        return e;
    }
    return openLocked(path, true);
}

QString Session::recover(const QString &autosavePath)
{
    close();
    const QString absolute = QFileInfo(autosavePath).absoluteFilePath();
    if (QString e = lock(absolute); !e.isEmpty())
        return e;
    return openLocked(absolute, true);
}

QString Session::saveAs(const QString &path)
{
    if (!m_doc)
        return tr("no project is open");
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute == this->path() || sameFile(absolute, this->path()))
        return {}; // every edit is in the file already
    ProjectLock newLock;
    if (QString e = newLock.tryLock(absolute); !e.isEmpty())
        return e;
    auto store = std::make_unique<ProjectStore>();
    if (QString e = store->create(absolute, m_doc->data()); !e.isEmpty())
        return e;
    ProjectData reread;
    if (QString e = store->open(absolute, &reread); !e.isEmpty())
        return e;
    // The document and its undo history carry on; from now on they write to the new file.
    const QString old = this->path();
    const bool wasUntitled = m_untitled;
    m_doc->setStore(store.get());
    m_store = std::move(store);
    m_lock = std::move(newLock);
    m_untitled = false;
    if (wasUntitled && !QFile::remove(old))
        qCWarning(lcReader) << "the autosave file" << old << "stays: it could not be removed";
    qCInfo(lcReader) << "saved as" << absolute;
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
    if (untitled && !file.isEmpty()) {
        for (const QString &suffix :
             { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
            if (QFile::exists(file + suffix) && !QFile::remove(file + suffix))
                qCWarning(lcReader) << "cannot remove the discarded autosave file" << file + suffix;
    }
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

} // namespace bireader::reader
