#pragma once

#include "projectdata.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class QSqlError;

namespace bireader {

// A project file (.bireader): one SQLite database, through Qt SQL, holding the imported
// texts, the segments with their alignment, the original and corrected translations,
// the glossary, highlights and notes, vocabulary and accepted QA findings.
//
// Every edit is its own transaction, committed before the call returns (synchronous
// FULL), so a crash loses at most the edit being typed. Opening checks the file
// read-only first: a file that is not SQLite, is damaged, or comes from a newer
// version is refused with a message and left untouched. An older schema is copied to
// "<file>.v<N>.bak" and then migrated. Methods return an error message, "" on success.
class ProjectStore
{
public:
    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Writes a new project file from `data`, replacing `path` atomically.
    QString create(const QString &path, const ProjectData &data);
    // Opens a project and reads it into *data.
    QString open(const QString &path, ProjectData *data);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString backupPath() const { return m_backupPath; } // set when open() migrated

    // Edits, each committed at once.
    QString setCorrection(int segment, const std::optional<SideText> &corrected);
    QString setExcluded(int segment, bool excluded);
    QString setBeads(int segment, const Alignment &beads); // a segment's sentence links
    QString saveGlossary(const Glossary &glossary);
    QString addHighlight(const Highlight &highlight, qint64 *id = nullptr);
    QString saveHighlights(const QList<Highlight> &highlights); // all of them, replacing what was stored
    QString removeHighlight(qint64 id);
    QString addVocabulary(const VocabularyItem &item);
    QString saveVocabulary(const QList<VocabularyItem> &vocabulary); // all of it, replacing what was stored
    QString setAccepted(const QString &findingKey, bool accepted);
    // Replaces `count` segments at `position` with `replacement` (merge, split, re-align)
    // and moves highlights of later segments along.
    QString replaceSegments(int position, int count, const QList<Segment> &replacement);

private:
    QString openConnection(const QString &path, bool readOnly);
    void useWriteAheadLog();
    QString readAll(ProjectData *data);
    QString writeAll(const ProjectData &data);
    QString insertSegments(int position, const QList<Segment> &segments);
    QString exec(const QString &sql, const QVariantList &values);
    // Runs `work` in one transaction: committed when it returns "", rolled back otherwise.
    QString inTransaction(const std::function<QString()> &work);
    QString fail(const QString &problem) const;
    QString fail(const QSqlError &error) const;

    QString m_connection;
    QString m_path;
    QString m_backupPath;
    bool m_readOnly = false;
    bool m_wal = false; // the connection writes through a write-ahead log (folded in on close)
    bool m_walTried = false, m_inTransaction = false;
};

} // namespace bireader
