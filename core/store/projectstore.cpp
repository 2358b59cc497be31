#include "projectstore.h"

#include "blobcodec.h"
#include "model/logging.h"
#include "schema.h"
#include "text/filechecks.h"
#include "text/safewrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>

#include <cstdio>
#include <utility>

namespace bireader {
namespace {

// Whether the disk holding `path` has (almost) no room left: SQLite reports an I/O error then.
bool diskIsFull(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
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

Error ProjectStore::fail(const QString &problem) const
{
    return { QCoreApplication::translate("bireader::ProjectStore", "%1: %2").arg(m_path, problem) };
}

Error ProjectStore::fail(const QSqlError &error) const
{
    // SQLite's result codes for what a user can act on, in words (sqlite3.h).
    switch (error.nativeErrorCode().toInt() % 256) { // an extended code's low byte is its primary code
    case 13: // SQLITE_FULL
        return fail(QCoreApplication::translate("bireader::ProjectStore", "no space left on device"));
    case 8: // SQLITE_READONLY
        return fail(QCoreApplication::translate("bireader::ProjectStore", "the file is read-only"));
    case 10: // SQLITE_IOERR: on a full disk, that is what the user can act on
        if (diskIsFull(m_path))
            return fail(QCoreApplication::translate("bireader::ProjectStore", "no space left on device"));
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

Result<> ProjectStore::openConnection(const QString &path, bool readOnly)
{
    close();
    m_connection = QStringLiteral("bireader-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(QCoreApplication::translate(
            "bireader::ProjectStore", "the SQLite driver of Qt is not installed (Debian: libqt6sql6-sqlite)"));
    db.setDatabaseName(path);
    if (m_immutable) {
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else if (readOnly) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.open())
        return fail(QCoreApplication::translate("bireader::ProjectStore", "cannot be opened: %1")
                        .arg(db.lastError().databaseText()));
    QSqlQuery q(db);
    // Functions with side effects never run from the file's own schema (a view or a
    // trigger someone put there); projects with triggers are refused on open as well.
    for (const char *pragma :
         { "PRAGMA trusted_schema = OFF", "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 2000" })
        if (!q.exec(QLatin1String(pragma)) && q.lastError().nativeErrorCode().toInt() % 256 != 10)
            qCWarning(lcStore) << path << pragma << "failed:" << q.lastError().text(); // an I/O error: open() says
    qCDebug(lcStore) << "opened" << path << (readOnly ? "read-only" : "to write");
    return {};
}

Result<> ProjectStore::inTransaction(const std::function<Result<>()> &work)
{
    if (m_readOnly || !isOpen())
        return exec(QString(), {}); // the read-only / not-open message
    useWriteAheadLog();
    if (Result<> renumbered = renumberPositions(); !renumbered)
        return renumbered;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError());
    m_inTransaction = true;
    Result<> done = work();
    m_inTransaction = false;
    if (!done) {
        if (!db.rollback())
            qCWarning(lcStore) << m_path << "rollback failed:" << db.lastError().text();
        return done;
    }
    if (!db.commit())
        return fail(db.lastError());
    return {};
}

Result<> ProjectStore::exec(const QString &sql, const QVariantList &values)
{
    if (!isOpen())
        return fail(QCoreApplication::translate("bireader::ProjectStore", "no project is open"));
    if (m_readOnly)
        return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                "the project is read-only; the change was not saved"));
    if (!m_inTransaction) {
        useWriteAheadLog();
        if (Result<> renumbered = renumberPositions(); !renumbered)
            return renumbered;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError());
    // An edit of one segment that changed no row would report success and store nothing.
    if (sql.startsWith(QLatin1String("UPDATE segments")) && sql.endsWith(QLatin1String("WHERE position = ?"))
        && q.numRowsAffected() == 0)
        return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                "segment %1 is not in the file; the change was not saved")
                        .arg(values.value(values.size() - 1).toInt() + 1));
    return {};
}

Result<> ProjectStore::renumberPositions()
{
    if (m_storedPositions.isEmpty())
        return {};
    // Segments are addressed by position 0..n-1. A file with gaps (changed by hand) gets its
    // positions renumbered in order on the first change: first above every old value, then
    // down to 0..n-1, so no two rows ever share one.
    const QList<qint64> old = std::exchange(m_storedPositions, {});
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE segments SET position = ? WHERE position = ?"));
    const qint64 offset = old.last() + 1;
    bool ok = true;
    for (qsizetype i = 0; ok && i < old.size(); ++i) {
        q.addBindValue(offset + i);
        q.addBindValue(old[i]);
        ok = q.exec();
    }
    for (qsizetype i = 0; ok && i < old.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(offset + i);
        ok = q.exec();
    }
    if (!ok || !db.commit()) {
        const QSqlError e = ok ? db.lastError() : q.lastError();
        db.rollback();
        return fail(e);
    }
    qCInfo(lcStore) << m_path << "segment positions renumbered 0 to" << old.size() - 1;
    return {};
}

Result<> ProjectStore::create(const QString &givenPath, const ProjectData &data)
{
    m_path = givenPath;
    if (isSpecialFile(givenPath))
        return fail(
            QCoreApplication::translate("bireader::ProjectStore", "cannot be written: it is not a regular file"));
    // A symbolic link to a project is written through: the file it names is replaced, the
    // link stays a link.
    const QFileInfo info(givenPath);
    const QString path = info.isSymLink() && info.exists() ? info.canonicalFilePath() : givenPath;
    // Build next to the target under a name of our own (never a file someone else made),
    // then rename over it: the old file survives any failure.
    QString temp;
    {
        QTemporaryFile reserved(path + QStringLiteral(".XXXXXX.creating"));
        reserved.setAutoRemove(false);
        if (!reserved.open())
            return fail(QCoreApplication::translate("bireader::ProjectStore", "cannot be written: %1")
                            .arg(reserved.errorString()));
        temp = reserved.fileName(); // an empty file, which SQLite takes as a new database
    }
    // QTemporaryFile makes it private to the owner: a replaced project keeps its permissions,
    // a new one gets those of a new file.
    QFile::setPermissions(temp,
                          QFileInfo::exists(path)
                              ? QFileInfo(path).permissions()
                              : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                  | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QString e = openConnection(temp, false).error();
    m_readOnly = false;
    m_walTried = true; // a file built at once in one transaction: no log needed
    if (e.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (!db.transaction())
            e = fail(db.lastError()).message;
        if (e.isEmpty())
            e = createSchema(db);
        if (e.isEmpty())
            e = writeAll(data).error();
        if (e.isEmpty() && !db.commit())
            e = fail(db.lastError()).message;
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
            e = fail(QCoreApplication::translate("bireader::ProjectStore", "no space left on device")).message;
        return e.startsWith(path) ? Error { e } : fail(e);
    }
    return openConnection(path, false);
}

Result<ProjectData> ProjectStore::open(const QString &path)
{
    m_path = path;
    m_backupPath.clear();
    m_warnings.clear();
    m_storedPositions.clear();
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
        if (Result<> opened = openConnection(path, false); !opened)
            return Error { opened.error() };
        if (QSqlQuery q(QSqlDatabase::database(m_connection)); !q.exec(QStringLiteral("PRAGMA schema_version")))
            qCWarning(lcStore) << path << "the left journal or log was not replayed:" << q.lastError().text();
        m_wal = leftLog; // close() folds the log in
        close();
    }

    // Inspect read-only: nothing is written to a file we are about to refuse. A write that
    // failed on a full disk can leave the file in write-ahead-log mode with an empty log and
    // a shared-memory file SQLite cannot grow (a disk I/O error). The file itself holds every
    // committed edit then (the log is empty): it is read as it is (SQLite's immutable mode),
    // read-only until there is room again.
    int version = -1;
    QString damage, foreign;
    bool ioError = false;
    m_immutable = false;
    for (const bool retry : { false, true }) {
        if (retry && (!ioError || QFileInfo(path + QStringLiteral("-wal")).size() > 0))
            break;
        m_immutable = retry;
        if (Result<> opened = openConnection(path, true); !opened)
            return Error { opened.error() };
        damage.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection);
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
                || q.value(0).toString() != QLatin1String("ok")) {
                damage = q.lastError().isValid() ? q.lastError().text() : q.value(0).toString();
                ioError = q.lastError().nativeErrorCode().toInt() % 256 == 10; // SQLITE_IOERR and its kinds
            } else {
                version = storedSchemaVersion(db);
            }
            // Bireader makes tables and indexes only: a trigger would run on our edits.
            if (q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')"))
                && q.next())
                foreign = q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        }
        close();
        if (damage.isEmpty())
            break;
    }
    if (!damage.isEmpty() && ioError && diskIsFull(path))
        return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                "cannot be read while its disk is full (no space left on device); "
                                                "free some space and try again"));
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

    m_readOnly = !info.isWritable() || m_immutable;
    if (m_immutable)
        m_warnings << QCoreApplication::translate("bireader::ProjectStore",
                                                  "%1: read as it is and read-only: a write that failed for want of "
                                                  "space left SQLite's files beside it (free some space to edit)")
                          .arg(path);
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
        if (Result<> opened = openConnection(path, false); !opened)
            return Error { opened.error() };
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        if (const QString e = migrateSchema(db, version); !e.isEmpty()) {
            close();
            restoreBackup();
            return fail(QCoreApplication::translate("bireader::ProjectStore",
                                                    "cannot update the project format: %1; the file was not changed")
                            .arg(e));
        }
    } else if (Result<> opened = openConnection(path, m_readOnly); !opened) {
        return Error { opened.error() };
    }
    Result<ProjectData> read = readAll();
    if (!read && !m_backupPath.isEmpty()) { // migrated, then found damaged: refused as it was
        close();
        restoreBackup();
    }
    return read;
}

void ProjectStore::restoreBackup()
{
    // The copy made before migrating goes back over the file: a refused project is left byte
    // for byte as it was. SQLite's files of the attempt go with it.
    for (const char *suffix : { "-journal", "-wal", "-shm" })
        QFile::remove(m_path + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(m_backupPath).constData(), QFile::encodeName(m_path).constData()) != 0)
        qCWarning(lcStore) << m_path << "could not be restored from" << m_backupPath;
    else
        m_backupPath.clear();
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

} // namespace bireader
