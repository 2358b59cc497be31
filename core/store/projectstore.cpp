#include "projectstore.h"

#include "blobcodec.h"
#include "model/logging.h"
#include "schema.h"
#include "text/filechecks.h"
#include "text/safewrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace bireader {
namespace {

// A JSON array of strings, written directly: QJsonDocument costs a few microseconds a
// call, and a glossary of 300,000 terms calls it twice a term.
QString toJson(const QStringList &list)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (QChar c : list[i]) {
            if (c == u'"' || c == u'\\')
                out += QLatin1Char('\\');
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        out += QLatin1Char('"');
    }
    return out + QLatin1Char(']');
}

QStringList fromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

} // namespace

ProjectStore::ProjectStore() = default;

ProjectStore::~ProjectStore()
{
    close();
}

bool ProjectStore::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

QString ProjectStore::fail(const QString &problem) const
{
    return QCoreApplication::translate("bireader::ProjectStore", "%1: %2").arg(m_path, problem);
}

QString ProjectStore::fail(const QSqlError &error) const
{
    // SQLite's result codes for what a user can act on, in words (sqlite3.h).
    switch (error.nativeErrorCode().toInt()) {
    case 13: // SQLITE_FULL
        return fail(QCoreApplication::translate("bireader::ProjectStore", "no space left on device"));
    case 8: // SQLITE_READONLY
        return fail(QCoreApplication::translate("bireader::ProjectStore", "the file is read-only"));
    case 10: // SQLITE_IOERR
        return fail(QCoreApplication::translate("bireader::ProjectStore", "a read or write failed (%1)")
                        .arg(error.databaseText()));
    case 1: // SQLITE_ERROR: a missing table or column is a project that is not whole
        if (error.databaseText().contains(QLatin1String("no such table"))
            || error.databaseText().contains(QLatin1String("no such column")))
            return fail(
                QCoreApplication::translate("bireader::ProjectStore", "the project file is incomplete or damaged (%1)")
                    .arg(error.databaseText()));
        break;
    default:
        break;
    }
    return fail(error.text());
}

void ProjectStore::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        // At rest a project is one self-contained file: the write-ahead log is folded back
        // in (when another process still reads it, SQLite leaves it for the last one out).
        if (m_wal && db.isOpen())
            if (QSqlQuery q(db); !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
                qCInfo(lcStore) << m_path << "left its write-ahead log (another reader?):" << q.lastError().text();
        db.close();
    }
    m_wal = m_walTried = m_inTransaction = false;
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString ProjectStore::openConnection(const QString &path, bool readOnly)
{
    close();
    m_connection = QStringLiteral("bireader-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(QCoreApplication::translate(
            "bireader::ProjectStore", "the SQLite driver of Qt is not installed (Debian: libqt6sql6-sqlite)"));
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return fail(QCoreApplication::translate("bireader::ProjectStore", "cannot be opened: %1")
                        .arg(db.lastError().databaseText()));
    QSqlQuery q(db);
    // Functions with side effects never run from the file's own schema (a view or a
    // trigger someone put there); projects with triggers are refused on open as well.
    for (const char *pragma :
         { "PRAGMA trusted_schema = OFF", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 2000" })
        if (!q.exec(QLatin1String(pragma)))
            qCWarning(lcStore) << path << pragma << "failed:" << q.lastError().text();
    qCDebug(lcStore) << "opened" << path << (readOnly ? "read-only" : "to write");
    return {};
}

QString ProjectStore::inTransaction(const std::function<QString()> &work)
{
    if (m_readOnly || !isOpen())
        return exec(QString(), {}); // the read-only / not-open message
    useWriteAheadLog();
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError());
    m_inTransaction = true;
    const QString e = work();
    m_inTransaction = false;
    if (!e.isEmpty()) {
        db.rollback();
        return e;
    }
    return db.commit() ? QString() : fail(db.lastError());
}

QString ProjectStore::exec(const QString &sql, const QVariantList &values)
{
    if (!isOpen())
        return fail(QCoreApplication::translate("bireader::ProjectStore", "no project is open"));
    if (m_readOnly)
        return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                "the project is read-only; the change was not saved"));
    if (!m_inTransaction)
        useWriteAheadLog();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() ? QString() : fail(q.lastError());
}

QString ProjectStore::create(const QString &path, const ProjectData &data)
{
    m_path = path;
    if (isSpecialFile(path))
        return fail(
            QCoreApplication::translate("bireader::ProjectStore", "cannot be written: it is not a regular file"));
    // Build next to the target, then rename over it: the old file survives any failure.
    const QString temp = path + QStringLiteral(".creating");
    QFile::remove(temp);
    QString e = openConnection(temp, false);
    m_readOnly = false;
    m_walTried = true; // a file built at once in one transaction: no log needed
    if (e.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        db.transaction();
        e = createSchema(db);
        if (e.isEmpty())
            e = writeAll(data);
        if (e.isEmpty() && !db.commit())
            e = fail(db.lastError());
    }
    close();
    if (e.isEmpty() && std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        e = QCoreApplication::translate("bireader::ProjectStore", "cannot be written (rename failed)");
    if (!e.isEmpty()) {
        // Nothing of the attempt stays behind: the file, and SQLite's journal beside it.
        for (const char *suffix : { "", "-journal", "-wal", "-shm" })
            if (QFile::exists(temp + QLatin1String(suffix)) && !QFile::remove(temp + QLatin1String(suffix)))
                qCWarning(lcStore) << "cannot remove" << temp + QLatin1String(suffix);
        if (e.contains(QLatin1String("database or disk is full")))
            e = fail(QCoreApplication::translate("bireader::ProjectStore", "no space left on device"));
        return e.startsWith(path) ? e : fail(e);
    }
    return openConnection(path, false);
}

QString ProjectStore::open(const QString &path, ProjectData *data)
{
    m_path = path;
    m_backupPath.clear();
    const QFileInfo info(path);
    if (const QString problem = inputFileProblem(path); !problem.isEmpty())
        return fail(problem);
    if (!isSqliteFile(path))
        return fail(QCoreApplication::translate(
            "bireader::ProjectStore", "not a Bireader project (not an SQLite database); the file was not changed"));

    // A process that died in the middle of an edit leaves a hot journal; SQLite rolls it
    // back (the edit being written is undone, every committed one stays) on the first read
    // of a connection that may write. A read-only look would see the file as unreadable.
    // Likewise a write-ahead log left by a killed reader holds committed edits: a connection
    // that may write folds them into the file.
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    const bool leftLog = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if ((hotJournal || leftLog) && info.isWritable()) {
        if (QString e = openConnection(path, false); !e.isEmpty())
            return e;
        QSqlQuery(QSqlDatabase::database(m_connection)).exec(QStringLiteral("PRAGMA schema_version"));
        m_wal = leftLog; // close() folds the log in
        close();
    }

    // Inspect read-only: nothing is written to a file we are about to refuse.
    if (QString e = openConnection(path, true); !e.isEmpty())
        return e;
    int version = -1;
    QString damage, foreign;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            damage = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
        else
            version = storedSchemaVersion(db);
        // Bireader makes tables and indexes only: a trigger would run on our edits.
        if (q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"))
            && q.next())
            foreign = q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
    }
    close();
    if (!damage.isEmpty())
        return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                "the project file is damaged (%1); it was not changed")
                        .arg(damage));
    if (!foreign.isEmpty())
        return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                "the file holds a %1 that Bireader does not make; it was not opened "
                                                "(a project holds tables only)")
                        .arg(foreign));
    if (version < 0)
        return fail(QCoreApplication::translate(
            "bireader::ProjectStore",
            "not a Bireader project (an SQLite database without Bireader's tables); the file was not changed"));
    if (version > kSchemaVersion)
        return fail(QCoreApplication::translate(
                        "bireader::ProjectStore",
                        "made by a newer version of Bireader (project format %1, this version reads up to %2); "
                        "the file was not changed")
                        .arg(version)
                        .arg(kSchemaVersion));

    m_readOnly = !info.isWritable();
    if (version < kSchemaVersion) {
        if (m_readOnly)
            return fail(QCoreApplication::translate(
                "bireader::ProjectStore", "an older project format that needs updating, but the file is read-only"));
        m_backupPath = path + QStringLiteral(".v%1.bak").arg(version);
        for (int k = 2; QFileInfo::exists(m_backupPath); ++k)
            m_backupPath = path + QStringLiteral(".v%1.bak%2").arg(version).arg(k);
        if (!QFile::copy(path, m_backupPath))
            return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                    "cannot make a backup before updating the project format"));
        if (QString e = openConnection(path, false); !e.isEmpty())
            return e;
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (const QString e = migrateSchema(db, version); !e.isEmpty()) {
            close();
            return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                    "cannot update the project format: %1 (a backup is at %2)")
                            .arg(e, m_backupPath));
        }
    } else if (QString e = openConnection(path, m_readOnly); !e.isEmpty()) {
        return e;
    }
    return data ? readAll(data) : QString();
}

void ProjectStore::useWriteAheadLog()
{
    // On the first change only: a command that only reads leaves the file byte for byte as it was.
    if (m_walTried)
        return;
    m_walTried = true;
    // Each edit is its own committed transaction. With a write-ahead log and synchronous =
    // NORMAL a commit appends to the log without waiting for the disk: a committed edit
    // survives the application's crash or kill; a power cut may lose the last edits before
    // SQLite's next checkpoint, never the file. A rollback journal with synchronous = FULL
    // waits for the disk two or three times a keystroke.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next()
        && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0) {
        m_wal = true;
        if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
            qCWarning(lcStore) << m_path << "synchronous = NORMAL failed:" << q.lastError().text();
        qCDebug(lcStore) << m_path << "writes through a write-ahead log";
    } else {
        qCInfo(lcStore) << m_path << "keeps its rollback journal (no write-ahead log here):" << q.lastError().text();
    }
}

QString ProjectStore::writeAll(const ProjectData &data)
{
    const Document &d = data.document;
    const QList<std::pair<QString, QString>> meta {
        { QStringLiteral("source_language"), d.sourceLanguage },
        { QStringLiteral("target_language"), d.targetLanguage },
        { QStringLiteral("title"), d.title },
        { QStringLiteral("glossary_source_language"), data.glossary.sourceLanguage },
        { QStringLiteral("glossary_target_language"), data.glossary.targetLanguage }
    };
    for (const auto &[k, v] : meta)
        if (QString e = exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), { k, v });
            !e.isEmpty())
            return e;
    for (const SourceText &s : data.sources)
        if (QString e = exec(QStringLiteral("INSERT INTO sources (name, encoding, text) VALUES (?, ?, ?)"),
                             { s.name, s.encoding, s.text });
            !e.isEmpty())
            return e;
    if (QString e = insertSegments(0, d.segments); !e.isEmpty())
        return e;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    for (const Highlight &h : data.highlights)
        if (QString e = addHighlight(h); !e.isEmpty())
            return e;
    for (const VocabularyItem &v : data.vocabulary)
        if (QString e = addVocabulary(v); !e.isEmpty())
            return e;
    for (const QString &key : data.acceptedFindings)
        if (QString e = exec(QStringLiteral("INSERT OR IGNORE INTO accepted_findings (key) VALUES (?)"), { key });
            !e.isEmpty())
            return e;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO glossary (position, source, approved, forbidden, note, reading) VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < data.glossary.entries.size(); ++i) {
        const TermEntry &t = data.glossary.entries[i];
        for (const QVariant &v :
             QVariantList { int(i), t.source, toJson(t.approved), toJson(t.forbidden), t.note, t.reading })
            q.addBindValue(v);
        if (!q.exec())
            return fail(q.lastError());
    }
    return {};
}

QString ProjectStore::insertSegments(int position, const QList<Segment> &segments)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO segments (position, source, target, corrected, source_sentences, target_sentences,"
        " corrected_sentences, beads, source_file, source_paragraph, target_file, target_paragraph, excluded,"
        " start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments[i];
        q.addBindValue(position + int(i));
        q.addBindValue(s.source.text);
        q.addBindValue(s.target.text);
        q.addBindValue(s.corrected ? QVariant(s.corrected->text) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(packRanges(s.source.sentences));
        q.addBindValue(packRanges(s.target.sentences));
        q.addBindValue(s.corrected ? packRanges(s.corrected->sentences) : QByteArray());
        q.addBindValue(packBeads(s.beads));
        q.addBindValue(s.source.origin.file);
        q.addBindValue(s.source.origin.paragraph);
        q.addBindValue(s.target.origin.file);
        q.addBindValue(s.target.origin.paragraph);
        q.addBindValue(int(s.excluded));
        q.addBindValue(s.startMs);
        q.addBindValue(s.endMs);
        if (!q.exec())
            return fail(q.lastError());
    }
    return {};
}

QString ProjectStore::readAll(ProjectData *data)
{
    *data = {};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT key, value FROM meta")))
        return fail(q.lastError());
    while (q.next()) {
        const QString k = q.value(0).toString(), v = q.value(1).toString();
        if (k == QLatin1String("source_language"))
            data->document.sourceLanguage = v;
        else if (k == QLatin1String("target_language"))
            data->document.targetLanguage = v;
        else if (k == QLatin1String("title"))
            data->document.title = v;
        else if (k == QLatin1String("glossary_source_language"))
            data->glossary.sourceLanguage = v;
        else if (k == QLatin1String("glossary_target_language"))
            data->glossary.targetLanguage = v;
    }
    if (!q.exec(
            QStringLiteral("SELECT source, target, corrected, source_sentences, target_sentences, corrected_sentences,"
                           " beads, source_file, source_paragraph, target_file, target_paragraph, excluded,"
                           " start_ms, end_ms FROM segments ORDER BY position")))
        return fail(q.lastError());
    while (q.next()) {
        Segment s;
        s.source = { q.value(0).toString(),
                     unpackRanges(q.value(3).toByteArray()),
                     { q.value(7).toString(), q.value(8).toInt() } };
        s.target = { q.value(1).toString(),
                     unpackRanges(q.value(4).toByteArray()),
                     { q.value(9).toString(), q.value(10).toInt() } };
        if (!q.value(2).isNull())
            s.corrected = SideText { q.value(2).toString(), unpackRanges(q.value(5).toByteArray()), s.target.origin };
        s.beads = unpackBeads(q.value(6).toByteArray());
        s.excluded = q.value(11).toInt() != 0;
        s.startMs = q.value(12).toLongLong();
        s.endMs = q.value(13).toLongLong();
        data->document.segments.append(std::move(s));
    }
    if (!q.exec(QStringLiteral("SELECT source, approved, forbidden, note, reading FROM glossary ORDER BY position")))
        return fail(q.lastError());
    while (q.next())
        data->glossary.entries.append({ q.value(0).toString(), fromJson(q.value(1).toString()),
                                        fromJson(q.value(2).toString()), q.value(3).toString(),
                                        q.value(4).toString() });
    if (!q.exec(QStringLiteral("SELECT segment, side, start, length, color, note FROM highlights ORDER BY id")))
        return fail(q.lastError());
    while (q.next())
        data->highlights.append({ q.value(0).toInt(),
                                  q.value(1).toInt() ? Side::Target : Side::Source,
                                  { q.value(2).toInt(), q.value(3).toInt() },
                                  q.value(4).toString(),
                                  q.value(5).toString() });
    if (!q.exec(QStringLiteral("SELECT term, reading, gloss, context, segment FROM vocabulary ORDER BY id")))
        return fail(q.lastError());
    while (q.next())
        data->vocabulary.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toInt() });
    if (!q.exec(QStringLiteral("SELECT key FROM accepted_findings")))
        return fail(q.lastError());
    while (q.next())
        data->acceptedFindings.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT name, encoding, text FROM sources ORDER BY id")))
        return fail(q.lastError());
    while (q.next())
        data->sources.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return {};
}

QString ProjectStore::setCorrection(int segment, const std::optional<SideText> &corrected)
{
    return exec(QStringLiteral("UPDATE segments SET corrected = ?, corrected_sentences = ? WHERE position = ?"),
                { corrected ? QVariant(corrected->text) : QVariant(QMetaType(QMetaType::QString)),
                  corrected ? packRanges(corrected->sentences) : QByteArray(), segment });
}

QString ProjectStore::setBeads(int segment, const Alignment &beads)
{
    return exec(QStringLiteral("UPDATE segments SET beads = ? WHERE position = ?"), { packBeads(beads), segment });
}

QString ProjectStore::setExcluded(int segment, bool excluded)
{
    return exec(QStringLiteral("UPDATE segments SET excluded = ? WHERE position = ?"), { int(excluded), segment });
}

QString ProjectStore::saveGlossary(const Glossary &glossary)
{
    return inTransaction([&] {
        QString e = exec(QStringLiteral("DELETE FROM glossary"), {});
        // One prepared statement for all rows: a glossary may have 300,000 terms.
        QSqlQuery insert(QSqlDatabase::database(m_connection));
        if (e.isEmpty()
            && !insert.prepare(QStringLiteral("INSERT INTO glossary (position, source, approved, forbidden, note, "
                                              "reading) VALUES (?, ?, ?, ?, ?, ?)")))
            e = fail(insert.lastError());
        for (qsizetype i = 0; e.isEmpty() && i < glossary.entries.size(); ++i) {
            const TermEntry &t = glossary.entries[i];
            for (const QVariant &v : { QVariant(int(i)), QVariant(t.source), QVariant(toJson(t.approved)),
                                       QVariant(toJson(t.forbidden)), QVariant(t.note), QVariant(t.reading) })
                insert.addBindValue(v);
            if (!insert.exec())
                e = fail(insert.lastError());
        }
        for (const auto &[k, v] : { std::pair { QStringLiteral("glossary_source_language"), glossary.sourceLanguage },
                                    std::pair { QStringLiteral("glossary_target_language"), glossary.targetLanguage } })
            if (e.isEmpty())
                e = exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), { k, v });
        return e;
    });
}

QString ProjectStore::addHighlight(const Highlight &h, qint64 *id)
{
    const QString e = exec(
        QStringLiteral("INSERT INTO highlights (segment, side, start, length, color, note) VALUES (?, ?, ?, ?, ?, ?)"),
        { h.segment, int(h.side == Side::Target), h.range.start, h.range.length, h.color, h.note });
    if (e.isEmpty() && id) {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        *id = q.exec(QStringLiteral("SELECT last_insert_rowid()")) && q.next() ? q.value(0).toLongLong() : -1;
    }
    return e;
}

QString ProjectStore::saveHighlights(const QList<Highlight> &highlights)
{
    return inTransaction([&] {
        QString e = exec(QStringLiteral("DELETE FROM highlights"), {});
        for (qsizetype i = 0; e.isEmpty() && i < highlights.size(); ++i)
            e = addHighlight(highlights[i]);
        return e;
    });
}

QString ProjectStore::removeHighlight(qint64 id)
{
    return exec(QStringLiteral("DELETE FROM highlights WHERE id = ?"), { id });
}

QString ProjectStore::addVocabulary(const VocabularyItem &v)
{
    return exec(
        QStringLiteral("INSERT INTO vocabulary (term, reading, gloss, context, segment) VALUES (?, ?, ?, ?, ?)"),
        { v.term, v.reading, v.gloss, v.context, v.segment });
}

QString ProjectStore::saveVocabulary(const QList<VocabularyItem> &vocabulary)
{
    return inTransaction([&] {
        QString e = exec(QStringLiteral("DELETE FROM vocabulary"), {});
        for (qsizetype i = 0; e.isEmpty() && i < vocabulary.size(); ++i)
            e = addVocabulary(vocabulary[i]);
        return e;
    });
}

QString ProjectStore::setAccepted(const QString &key, bool accepted)
{
    return accepted ? exec(QStringLiteral("INSERT OR IGNORE INTO accepted_findings (key) VALUES (?)"), { key })
                    : exec(QStringLiteral("DELETE FROM accepted_findings WHERE key = ?"), { key });
}

QString ProjectStore::replaceSegments(int position, int count, const QList<Segment> &replacement)
{
    return inTransaction([&] {
        const int shift = int(replacement.size()) - count;
        const int end = position + count;
        // Positions are unique: move the tail out of the way (negative), then back shifted.
        QString e
            = exec(QStringLiteral("DELETE FROM segments WHERE position >= ? AND position < ?"), { position, end });
        if (e.isEmpty() && shift != 0) {
            e = exec(QStringLiteral("UPDATE segments SET position = -position - 1 WHERE position >= ?"), { end });
            if (e.isEmpty())
                e = exec(QStringLiteral("UPDATE segments SET position = -position - 1 + ? WHERE position < 0"),
                         { shift });
            if (e.isEmpty())
                e = exec(QStringLiteral("UPDATE highlights SET segment = segment + ? WHERE segment >= ?"),
                         { shift, end });
        }
        if (e.isEmpty())
            e = insertSegments(position, replacement);
        return e;
    });
}

} // namespace bireader
