#pragma once

#include "model/result.h"
#include "store/projectdata.h"
#include "store/projectlock.h"

#include <QObject>
#include <QString>

#include <memory>

namespace bireader {

class ProjectDocument;
class ProjectStore;

// The project being read: its file and the document with its undo stack. Every edit is
// written to the file as it is made. Work that has no name yet (a fresh import) lives in
// an autosave file under the application's data folder, locked while this session uses
// it; an autosave file nobody holds was left by a session that did not end, and is
// offered back (orphanedAutosaves()). Save As moves the work to a file of the user's.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Each fails with an error naming the file.
    Result<> open(const QString &path);
    Result<> openUntitled(const ProjectData &data); // a fresh import
    Result<> recover(const QString &autosavePath); // untitled work left by a crash
    Result<> saveAs(const QString &path);
    void close(); // untitled work stays in its autosave file until discard()
    void discard(); // closes and deletes untitled work

    bool isOpen() const { return m_doc != nullptr; }
    bool isUntitled() const { return m_untitled; }
    bool isReadOnly() const;
    QString path() const; // the project file (the autosave file when untitled)
    QString displayName() const;
    ProjectDocument *document() const { return m_doc.get(); }
    // What opening the project repaired in memory (the file is not changed), each naming the file.
    QStringList openWarnings() const;

    static QString autosaveDir();
    static QStringList orphanedAutosaves();
    static void removeAutosave(const QString &file); // with SQLite's files beside it; failures logged

signals:
    void documentChanged(); // opened, closed or replaced
    void storeFailed(const QString &message);

private:
    void adopt(std::unique_ptr<ProjectStore> store, ProjectData data, bool untitled);
    Result<> lock(const QString &path);
    Result<> openLocked(const QString &path, bool untitled); // the lock is held

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<ProjectDocument> m_doc;
    ProjectLock m_lock;
    bool m_untitled = false;
};

} // namespace bireader
