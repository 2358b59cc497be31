#pragma once

#include "model/result.h"
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
// "<file>.v<N>.bak" and then migrated. Every call returns a Result: the error names the file.
class ProjectStore
{
public:
    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Writes a new project file from `data`, replacing `path` atomically.
    Result<> create(const QString &path, const ProjectData &data);
    // Opens a project and reads it.
    Result<ProjectData> open(const QString &path);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString backupPath() const { return m_backupPath; } // set when open() migrated
    // What open() repaired in memory (links to sentences a segment does not have), each
    // naming the file; the file itself is not changed by the repair.
    QStringList warnings() const { return m_warnings; }

    // Edits, each committed at once.
    Result<> setCorrection(int segment, const std::optional<SideText> &corrected);
    Result<> setExcluded(int segment, bool excluded);
    Result<> setConfirmed(int segment, bool confirmed);
    Result<> setAttachedGlossaries(const QStringList &paths);
    Result<> setBeads(int segment, const Alignment &beads); // a segment's sentence links
    Result<> saveGlossary(const Glossary &glossary);
    Result<> addHighlight(const Highlight &highlight, qint64 *id = nullptr);
    Result<> saveHighlights(const QList<Highlight> &highlights); // all of them, replacing what was stored
    Result<> removeHighlight(qint64 id);
    Result<> addVocabulary(const VocabularyItem &item);
    Result<> saveVocabulary(const QList<VocabularyItem> &vocabulary); // all of it, replacing what was stored
    Result<> setAccepted(const QString &findingKey, bool accepted);
    // Replaces `count` segments at `position` with `replacement` (merge, split, re-align)
    // and moves highlights of later segments along.
    Result<> replaceSegments(int position, int count, const QList<Segment> &replacement);

private:
    Result<> openConnection(const QString &path, bool readOnly);
    void useWriteAheadLog();
    Result<ProjectData> readAll();
    Result<> writeAll(const ProjectData &data);
    Result<> insertSegments(int position, const QList<Segment> &segments);
    Result<> exec(const QString &sql, const QVariantList &values);
    Result<> renumberPositions(); // on the first change of a file whose positions have gaps
    void restoreBackup(); // a migration that did not lead to a readable project is undone
    // Runs `work` in one transaction: committed when it succeeds, rolled back otherwise.
    Result<> inTransaction(const std::function<Result<>()> &work);
    Error fail(const QString &problem) const;
    Error fail(const QSqlError &error) const;

    QString m_connection;
    QString m_path;
    QString m_backupPath;
    QStringList m_warnings;
    QList<qint64> m_storedPositions; // the file's segment positions, kept only when not 0..n-1
    bool m_readOnly = false;
    bool m_wal = false; // the connection writes through a write-ahead log (folded in on close)
    bool m_walTried = false, m_inTransaction = false;
    bool m_immutable = false; // read as it is, without locks or log: a full disk left an empty log behind
};

} // namespace bireader
